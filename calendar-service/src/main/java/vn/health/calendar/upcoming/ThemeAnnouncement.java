package vn.health.calendar.upcoming;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.health.calendar.theme.ThemeOccurrence;
import vn.health.calendar.theme.ThemeScope;
import vn.health.contracts.calendar.ThemeUpcoming;
import vn.health.servicekit.outbox.AggregateRoot;

/**
 * Thông báo sắp đến ngày chủ đề — what was announced about one occurrence in one scope (national, the province's
 * themes, a unit's themes, or one plan).
 * The id is derived from both, so the offsets sent and the events still to relay live in one document: announcing
 * an offset twice, or an offset further away than one already sent, records nothing.
 */
@Document("theme_announcements")
public class ThemeAnnouncement extends AggregateRoot {

	@Id
	private String id;

	private String scope;

	private String occurrenceId;

	private List<Integer> sentDaysBefore = new ArrayList<>();

	@Version
	private Long version;

	protected ThemeAnnouncement() {
	}

	/** The scope is {@code NATIONAL}, {@code PROVINCE}, {@code UNIT} or the plan id. */
	static String idOf(ThemeOccurrence occurrence) {
		return scopeOf(occurrence) + ":" + occurrence.id();
	}

	static ThemeAnnouncement of(ThemeOccurrence occurrence) {
		ThemeAnnouncement announcement = new ThemeAnnouncement();
		announcement.id = idOf(occurrence);
		announcement.scope = scopeOf(occurrence);
		announcement.occurrenceId = occurrence.id();
		return announcement;
	}

	/**
	 * Records {@code ThemeUpcoming} for {@code daysBefore} unless it, or a nearer offset, went out already; returns
	 * whether it did. {@code unitIds} are the units concerned by a plan's or a unit's theme; national and province
	 * themes concern every unit and name none, a plan number only comes with a plan.
	 */
	boolean announce(ThemeOccurrence occurrence, int daysBefore, String planNumber, List<String> unitIds,
			Instant now) {
		if (!occurrence.id().equals(this.occurrenceId)
				|| this.sentDaysBefore.stream().anyMatch((sent) -> sent <= daysBefore)) {
			return false;
		}
		this.sentDaysBefore.add(daysBefore);
		ThemeScope scope = occurrence.scope();
		boolean plan = scope == ThemeScope.PLAN;
		boolean namesUnits = plan || scope == ThemeScope.UNIT;
		record(new ThemeUpcoming(this.id, occurrence.id(), occurrence.themeId(), occurrence.name(),
				occurrence.start(), occurrence.end(), occurrence.kind().name(), scope.name(), occurrence.planId(),
				plan ? planNumber : null, namesUnits ? unitIds : List.of(), daysBefore, now), now);
		return true;
	}

	public String id() {
		return this.id;
	}

	public List<Integer> sentDaysBefore() {
		return List.copyOf(this.sentDaysBefore);
	}

	private static String scopeOf(ThemeOccurrence occurrence) {
		return (occurrence.scope() == ThemeScope.PLAN) ? occurrence.planId() : occurrence.scope().name();
	}

}
