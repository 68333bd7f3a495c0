package vn.health.calendar.theme;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

import vn.health.calendar.CalendarRange;
import vn.health.calendar.directory.Directory;
import vn.health.servicekit.web.ConflictException;
import vn.health.servicekit.web.NotFoundException;

/** Chủ đề riêng của tỉnh và đơn vị — adds, changes and removes them, and places them in units' calendars. */
@Component
public class OwnThemes {

	private static final Logger log = LoggerFactory.getLogger(OwnThemes.class);

	private final OwnThemeRepository themes;

	private final Directory directory;

	private final Clock clock;

	OwnThemes(OwnThemeRepository themes, Directory directory, Clock clock) {
		this.themes = themes;
		this.directory = directory;
		this.clock = clock;
	}

	OwnTheme add(ThemeRequest request) {
		OwnTheme theme = this.themes.insert(request.toTheme(idFor(request.scope()), this.clock.instant(), this.directory));
		log.info("Theme {} added: {} \"{}\" ({})", theme.id(), theme.scope(), theme.name(), theme.timing());
		return theme;
	}

	/** A concurrent change of the same theme loses on its version (409) rather than being overwritten silently. */
	OwnTheme change(String id, ThemeRequest request) {
		OwnTheme changed = this.themes.save(request.applyTo(find(id), this.clock.instant(), this.directory));
		log.info("Theme {} changed: {} \"{}\" ({})", id, changed.scope(), changed.name(), changed.timing());
		return changed;
	}

	void remove(String id) {
		OwnTheme theme = find(id);
		this.themes.delete(theme);
		log.info("Theme {} removed: {} \"{}\"", id, theme.scope(), theme.name());
	}

	OwnTheme find(String id) {
		if (id.startsWith(Theme.NATIONAL_ID_PREFIX)) {
			throw new ConflictException("Chủ đề " + id + " thuộc danh mục quốc gia, không sửa hoặc xóa được",
					"theme " + id + " is in the national catalogue, which cannot be changed");
		}
		return this.themes.findById(id)
			.orElseThrow(() -> new NotFoundException("Không tìm thấy chủ đề " + id, "No theme " + id));
	}

	Page<OwnTheme> list(ThemeScope scope, String unitId, Pageable page) {
		if (unitId != null) {
			return this.themes.findByScopeAndUnitId(ThemeScope.UNIT, unitId, page);
		}
		return (scope != null) ? this.themes.findByScope(scope, page) : this.themes.findAll(page);
	}

	/** The province's themes and the unit's own, overlapping {@code range}. */
	public List<ThemeOccurrence> occurrencesFor(String unitId, CalendarRange range) {
		List<OwnTheme> shown = this.themes.shownTo(unitId);
		return IntStream.rangeClosed(range.from().getYear() - 1, range.to().getYear() + 1)
			.boxed()
			.flatMap((year) -> shown.stream().flatMap((theme) -> theme.occurrencesIn(year).stream()))
			.filter((occurrence) -> !occurrence.start().isAfter(range.to())
					&& !occurrence.end().isBefore(range.from()))
			.toList();
	}

	private static String idFor(ThemeScope scope) {
		return ((scope == ThemeScope.UNIT) ? "unit-" : "province-") + UUID.randomUUID();
	}

}
