package vn.health.calendar.theme;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

import vn.health.calendar.CalendarRange;
import vn.health.calendar.UnitId;
import vn.health.calendar.access.CalendarAccess;
import vn.health.calendar.audit.AuditAction;
import vn.health.calendar.directory.Directory;
import vn.health.servicekit.audit.AuditTrail;
import vn.health.servicekit.security.Caller;
import vn.health.servicekit.web.ConflictException;
import vn.health.servicekit.web.NotFoundException;

/** Chủ đề riêng của tỉnh và đơn vị — adds, changes and removes them, and places them in units' calendars. */
@Component
public class OwnThemes {

	private static final Logger log = LoggerFactory.getLogger(OwnThemes.class);

	private final OwnThemeRepository themes;

	private final Directory directory;

	private final CalendarAccess access;

	private final AuditTrail audit;

	private final Clock clock;

	OwnThemes(OwnThemeRepository themes, Directory directory, CalendarAccess access, AuditTrail audit, Clock clock) {
		this.themes = themes;
		this.directory = directory;
		this.access = access;
		this.audit = audit;
		this.clock = clock;
	}

	OwnTheme add(ThemeRequest request, Caller caller) {
		checkWrite(caller, request.scope(), request.unitId());
		OwnTheme theme = this.themes.insert(request.toTheme(idFor(request.scope()), this.clock.instant(), this.directory));
		log.info("Theme {} added by {}: {} \"{}\" ({})", theme.id(), caller.subject(), theme.scope(), theme.name(),
				theme.timing());
		this.audit.record(caller, AuditAction.THEME_ADDED, theme.unitId(), theme.id(), describe(theme));
		return theme;
	}

	/**
	 * A concurrent change of the same theme loses on its version (409) rather than being overwritten silently. The
	 * caller must be allowed to write both the theme as stored and as asked, so no unit moves a theme to another.
	 */
	OwnTheme change(String id, ThemeRequest request, Caller caller) {
		OwnTheme stored = find(id);
		checkWrite(caller, stored.scope(), stored.unitId());
		checkWrite(caller, request.scope(), request.unitId());
		OwnTheme changed = this.themes.save(request.applyTo(stored, this.clock.instant(), this.directory));
		log.info("Theme {} changed by {}: {} \"{}\" ({})", id, caller.subject(), changed.scope(), changed.name(),
				changed.timing());
		this.audit.record(caller, AuditAction.THEME_CHANGED, changed.unitId(), id, describe(changed));
		return changed;
	}

	void remove(String id, Caller caller) {
		OwnTheme theme = find(id);
		checkWrite(caller, theme.scope(), theme.unitId());
		this.themes.delete(theme);
		log.info("Theme {} removed by {}: {} \"{}\"", id, caller.subject(), theme.scope(), theme.name());
		this.audit.record(caller, AuditAction.THEME_REMOVED, theme.unitId(), id, describe(theme));
	}

	/** A province theme is every signed-in user's to read, a unit's theme whoever may read that unit's calendar. */
	OwnTheme find(String id, Caller caller) {
		OwnTheme theme = find(id);
		if (theme.scope() == ThemeScope.UNIT) {
			this.access.checkRead(caller, theme.unitId());
		}
		return theme;
	}

	private OwnTheme find(String id) {
		if (id.startsWith(Theme.NATIONAL_ID_PREFIX)) {
			throw new ConflictException("Chủ đề " + id + " thuộc danh mục quốc gia, không sửa hoặc xóa được",
					"theme " + id + " is in the national catalogue, which cannot be changed");
		}
		return this.themes.findById(id)
			.orElseThrow(() -> new NotFoundException("Không tìm thấy chủ đề " + id, "No theme " + id));
	}

	/** Without {@code unitId}, the province's themes and those of the units the caller may read. */
	Page<OwnTheme> list(ThemeScope scope, String unitId, Pageable page, Caller caller) {
		if (unitId != null) {
			this.access.checkRead(caller, unitId);
			return this.themes.findByScopeAndUnitId(ThemeScope.UNIT, unitId, page);
		}
		if (scope == ThemeScope.PROVINCE) {
			return this.themes.findByScope(scope, page);
		}
		return this.access.readableUnits(caller)
			.map((units) -> (scope == ThemeScope.UNIT) ? this.themes.findByScopeAndUnitIdIn(scope, units, page)
					: this.themes.visibleTo(units, page))
			.orElseGet(() -> (scope != null) ? this.themes.findByScope(scope, page) : this.themes.findAll(page));
	}

	/** The province's themes and the unit's own, overlapping {@code range}. */
	public List<ThemeOccurrence> occurrencesFor(String unitId, CalendarRange range) {
		return this.themes.shownTo(unitId).stream().flatMap((theme) -> occurrences(theme, range)).toList();
	}

	/**
	 * Every province and unit theme's occurrences overlapping {@code range}, each with the units it concerns: none
	 * named for the province's (every unit), the unit and the units under it in the directory replica for a unit's.
	 */
	public List<Concerning> everyOccurrenceBetween(CalendarRange range) {
		return this.themes.findAll()
			.stream()
			.flatMap((theme) -> {
				List<ThemeOccurrence> inRange = occurrences(theme, range).toList();
				// The tree is walked only for the few themes that are near.
				List<String> unitIds = (theme.scope() == ThemeScope.UNIT && !inRange.isEmpty())
						? unitAndBelow(theme.unitId()) : List.of();
				return inRange.stream().map((occurrence) -> new Concerning(occurrence, unitIds));
			})
			.toList();
	}

	private List<String> unitAndBelow(String unitId) {
		return Stream.concat(Stream.of(unitId), this.directory.unitsUnder(unitId).stream().sorted()).toList();
	}

	/** Timings without a year recur, and a period may start the year before, so neighbouring years are read too. */
	private static Stream<ThemeOccurrence> occurrences(OwnTheme theme, CalendarRange range) {
		return IntStream.rangeClosed(range.from().getYear() - 1, range.to().getYear() + 1)
			.boxed()
			.flatMap((year) -> theme.occurrencesIn(year).stream())
			.filter((occurrence) -> !occurrence.start().isAfter(range.to())
					&& !occurrence.end().isBefore(range.from()));
	}

	/**
	 * Province themes are the Sở's; a unit's themes its own officers' and coordinators'. Checked before the request's
	 * content, so a caller without the right learns nothing from validation.
	 */
	private void checkWrite(Caller caller, ThemeScope scope, String unitId) {
		if (scope == ThemeScope.PROVINCE) {
			this.access.requireProvinceAdmin(caller);
		}
		else if (scope == ThemeScope.UNIT && UnitId.isWellFormed(unitId)) {
			this.access.checkUnitStaff(caller, unitId);
		}
		else {
			this.access.requireUnitStaff(caller);
		}
	}

	private static String describe(OwnTheme theme) {
		return theme.name() + " (" + theme.timing() + ")";
	}

	/** An occurrence of a province or unit theme and the units it concerns (none named: every unit). */
	public record Concerning(ThemeOccurrence occurrence, List<String> unitIds) {

	}

	private static String idFor(ThemeScope scope) {
		return ((scope == ThemeScope.UNIT) ? "unit-" : "province-") + UUID.randomUUID();
	}

}
