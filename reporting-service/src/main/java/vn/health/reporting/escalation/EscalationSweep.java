package vn.health.reporting.escalation;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.domain.Limit;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

import vn.health.reporting.directory.Directory;
import vn.health.reporting.obligation.Obligation;
import vn.health.reporting.obligation.ObligationRepository;
import vn.health.reporting.obligation.ObligationStatus;
import vn.health.reporting.workingday.WorkingCalendar;
import vn.health.reporting.workingday.WorkingDays;
import vn.health.servicekit.lock.Leases;

/**
 * Quét báo cáo cấp trên — finds reports still not submitted whose escalation may be due (index
 * {@code (status, escalation.nextAt)}), counts the working days since the deadline with the holiday calendar as it
 * stands now, and lets each obligation either announce {@code ReportEscalated} to its unit's supervisor (the parent
 * in the directory replica, read for a whole batch in one query; the report's recipient when the replica does not
 * know the unit) or defer to the right morning. One instance at a time, under the lease lock.
 */
@Service
public class EscalationSweep {

	private static final Logger log = LoggerFactory.getLogger(EscalationSweep.class);

	private static final List<ObligationStatus> UNSUBMITTED = List.of(ObligationStatus.OPEN,
			ObligationStatus.OVERDUE);

	private final ObligationRepository obligations;

	private final Leases leases;

	private final WorkingDays workingDays;

	private final Directory directory;

	private final Clock clock;

	EscalationSweep(ObligationRepository obligations, Leases leases, WorkingDays workingDays, Directory directory,
			Clock clock) {
		this.obligations = obligations;
		this.leases = leases;
		this.workingDays = workingDays;
		this.directory = directory;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${reporting.escalation-sweep.interval:PT15M}",
			initialDelayString = "${reporting.escalation-sweep.interval:PT15M}")
	void sweepNow() {
		sweep(this.clock.instant());
	}

	/** Sweeps as of {@code asOf}; empty when another instance holds the sweep, else how many reports escalated. */
	public Optional<Integer> sweep(Instant asOf) {
		return this.leases.call("escalation-sweep", Batches.LEASE, () -> escalate(asOf));
	}

	private int escalate(Instant asOf) {
		WorkingCalendar calendar = this.workingDays.calendar();
		Map<String, String> supervisors = new HashMap<>();
		int escalated = Batches.process(() -> {
			List<Obligation> batch = this.obligations
				.findByStatusInAndEscalationNextAtLessThanEqualOrderByEscalationNextAtAsc(UNSUBMITTED, asOf,
						Limit.of(Batches.SIZE));
			supervisors.clear();
			supervisors.putAll(this.directory.supervisorsOf(batch.stream().map(Obligation::unitId).toList()));
			return batch;
		}, (obligation) -> obligation.escalate(asOf,
				calendar.afterWorkingDays(obligation.dueAt(), obligation.escalation().workingDays()),
				supervisors.getOrDefault(obligation.unitId(), obligation.recipientUnitId())), this.obligations)
			.announced();
		if (escalated > 0) {
			log.info("Escalation sweep as of {}: {} report(s) escalated", asOf, escalated);
		}
		return escalated;
	}

}
