package vn.health.calendar.upcoming;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.health.calendar.theme.ThemeOccurrence;
import vn.health.contracts.calendar.ThemeUpcoming;
import vn.health.servicekit.outbox.AggregateRoot;

/**
 * Thông báo sắp đến ngày chủ đề — what was announced about one occurrence in one scope (national, or one plan).
 * The id is derived from both, so the offsets sent and the events still to relay live in one document: announcing
 * an offset twice, or an offset further away than one already sent, records nothing.
 */
@Document("theme_announcements")
public class ThemeAnnouncement extends AggregateRoot {

	static final String NATIONAL = "NATIONAL";

	@Id
	private String id;

	private String scope;

	private String occurrenceId;

	private List<Integer> sentDaysBefore = new ArrayList<>();

	@Version
	private Long version;

	protected ThemeAnnouncement() {
	}

	/** The scope is {@value #NATIONAL} or the plan id. */
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
	 * whether it did.
	 */
	boolean announce(ThemeOccurrence occurrence, int daysBefore, String planNumber, List<String> unitIds,
			Instant now) {
		if (!occurrence.id().equals(this.occurrenceId)
				|| this.sentDaysBefore.stream().anyMatch((sent) -> sent <= daysBefore)) {
			return false;
		}
		this.sentDaysBefore.add(daysBefore);
		boolean national = NATIONAL.equals(this.scope);
		record(new ThemeUpcoming(this.id, occurrence.id(), occurrence.themeId(), occurrence.name(),
				occurrence.start(), occurrence.end(), occurrence.kind().name(), national ? NATIONAL : "PLAN",
				occurrence.planId(), national ? null : planNumber, national ? List.of() : unitIds, daysBefore, now),
				now);
		return true;
	}

	public String id() {
		return this.id;
	}

	public List<Integer> sentDaysBefore() {
		return List.copyOf(this.sentDaysBefore);
	}

	private static String scopeOf(ThemeOccurrence occurrence) {
		return (occurrence.planId() != null) ? occurrence.planId() : NATIONAL;
	}

}
