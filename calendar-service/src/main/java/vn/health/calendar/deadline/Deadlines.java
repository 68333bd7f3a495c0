package vn.health.calendar.deadline;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Predicate;

import org.springframework.stereotype.Component;

import vn.health.calendar.CalendarRange;
import vn.health.calendar.directory.Directory;
import vn.health.calendar.theme.ThemeOccurrence;
import vn.health.contracts.reporting.ObligationCancelled;
import vn.health.contracts.reporting.ObligationCreated;
import vn.health.contracts.reporting.ObligationReassigned;
import vn.health.contracts.reporting.ObligationRescheduled;
import vn.health.contracts.reporting.ReportingEvent;

/**
 * Hạn báo cáo của các đơn vị — keeps each obligation's deadline from {@code reporting.v1}. Events of one obligation
 * share its key, so they arrive in order but at least once; a replay from a dead-letter topic may still bring them
 * late, which {@link Deadline} tolerates.
 */
@Component
public class Deadlines {

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private final DeadlineRepository deadlines;

	private final Directory directory;

	Deadlines(DeadlineRepository deadlines, Directory directory) {
		this.deadlines = deadlines;
		this.directory = directory;
	}

	/**
	 * Applies an obligation's lifecycle event; returns whether it changed anything. Other reporting events are not
	 * calendar news.
	 */
	boolean apply(ReportingEvent event) {
		return switch (event) {
			case ObligationCreated created -> change(created.obligationId(), created.planId(), created.unitId(),
					(deadline) -> deadline.describe(created));
			case ObligationRescheduled rescheduled -> change(rescheduled.obligationId(), rescheduled.planId(),
					rescheduled.unitId(), (deadline) -> deadline.reschedule(rescheduled));
			case ObligationReassigned reassigned -> change(reassigned.obligationId(), reassigned.planId(),
					reassigned.previousUnitId(), (deadline) -> deadline.reassign(reassigned));
			case ObligationCancelled cancelled -> change(cancelled.obligationId(), cancelled.planId(),
					cancelled.unitId(), (deadline) -> deadline.cancel(cancelled));
			default -> false;
		};
	}

	private boolean change(String obligationId, String planId, String unitId, Predicate<Deadline> change) {
		Deadline deadline = this.deadlines.findById(obligationId)
			.orElseGet(() -> Deadline.of(obligationId, planId, unitId));
		if (!change.test(deadline)) {
			return false;
		}
		this.deadlines.save(deadline);
		return true;
	}

	/** The open deadlines of {@code unitId} whose last day falls in {@code range}, by due date. */
	public List<Deadline> of(String unitId, CalendarRange range) {
		Instant after = range.from().atStartOfDay(VIETNAM).toInstant();
		Instant upTo = range.to().plusDays(1).atStartOfDay(VIETNAM).toInstant();
		return this.deadlines
			.findOpenHeldBy(unitId, after, upTo)
			.stream()
			.filter((deadline) -> deadline.concerns(unitId))
			.toList();
	}

	/** {@link #of} as calendar occurrences, the recipient named as the directory knows it. */
	public List<ThemeOccurrence> occurrencesOf(String unitId, CalendarRange range) {
		return of(unitId, range).stream()
			.map((deadline) -> deadline.toOccurrence(
					(deadline.recipientUnitId() != null) ? this.directory.nameOf(deadline.recipientUnitId()) : null))
			.toList();
	}

}
