package vn.health.reporting.escalation;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.domain.Limit;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

import vn.health.reporting.obligation.ObligationRepository;
import vn.health.reporting.obligation.ObligationStatus;
import vn.health.reporting.workingday.WorkingCalendar;
import vn.health.reporting.workingday.WorkingDays;
import vn.health.servicekit.lock.Leases;

/**
 * Quét quá hạn — two steps per pass, each reading only what is due through its index. Open obligations past their
 * deadline become overdue at once (index {@code (status, dueAt)}), each with its alert set for the first working
 * morning after the deadline, or announced in the same save when that morning has passed; then overdue obligations
 * whose alert is due (index {@code (status, overdueAlert.nextAt)}) announce {@code ReportOverdue} through their
 * outbox, or defer to the right morning when the holidays known now say so. One instance at a time, under the lease.
 */
@Service
public class OverdueSweep {

	private static final Logger log = LoggerFactory.getLogger(OverdueSweep.class);

	private final ObligationRepository obligations;

	private final Leases leases;

	private final WorkingDays workingDays;

	private final Clock clock;

	OverdueSweep(ObligationRepository obligations, Leases leases, WorkingDays workingDays, Clock clock) {
		this.obligations = obligations;
		this.leases = leases;
		this.workingDays = workingDays;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${reporting.overdue-sweep.interval:PT1M}",
			initialDelayString = "${reporting.overdue-sweep.interval:PT1M}")
	void sweepNow() {
		sweep(this.clock.instant());
	}

	/**
	 * Sweeps as of {@code asOf} (an operator may replay a past instant); empty when another instance holds the
	 * sweep, else how many obligations became overdue and how many overdue alerts went out.
	 */
	public Optional<Swept> sweep(Instant asOf) {
		return this.leases.call("overdue-sweep", Batches.LEASE, () -> {
			WorkingCalendar calendar = this.workingDays.calendar();
			Batches.Processed marked = markOverdue(asOf, calendar);
			Swept swept = new Swept(marked.saved(), marked.announced() + alert(asOf, calendar));
			if (swept.markedOverdue() > 0 || swept.alerted() > 0) {
				log.info("Overdue sweep as of {}: {} obligation(s) overdue, {} alert(s)", asOf, swept.markedOverdue(),
						swept.alerted());
			}
			return swept;
		});
	}

	/**
	 * A report found overdue after its alert's morning (a plan issued late, a sweep after an outage) is alerted in
	 * the same save: one write per report instead of two, the alert as the second step would send it.
	 */
	private Batches.Processed markOverdue(Instant asOf, WorkingCalendar calendar) {
		return Batches.process(() -> this.obligations.findByStatusAndDueAtBeforeOrderByDueAtAsc(ObligationStatus.OPEN,
				asOf, Limit.of(Batches.SIZE)), (obligation) -> {
					Instant alertAt = calendar.overdueAlertAt(obligation.dueAt());
					obligation.markOverdue(asOf, alertAt);
					return !asOf.isBefore(alertAt) && obligation.alertOverdue(asOf, alertAt);
				}, this.obligations);
	}

	private int alert(Instant asOf, WorkingCalendar calendar) {
		return Batches.process(
				() -> this.obligations.findByStatusAndOverdueAlertNextAtLessThanEqualOrderByOverdueAlertNextAtAsc(
						ObligationStatus.OVERDUE, asOf, Limit.of(Batches.SIZE)),
				(obligation) -> obligation.alertOverdue(asOf, calendar.overdueAlertAt(obligation.dueAt())),
				this.obligations).announced();
	}

	/** What one pass did: reports that became overdue, and overdue alerts announced. */
	public record Swept(int markedOverdue, int alerted) {

	}

}
