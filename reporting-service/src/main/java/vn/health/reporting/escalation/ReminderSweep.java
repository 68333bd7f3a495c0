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
import vn.health.servicekit.lock.Leases;

/**
 * Quét nhắc hạn — finds open obligations whose next reminder is due and lets each decide what to announce
 * ({@code ReportDueSoon} through its outbox). One instance at a time; each pass reads only the reminders
 * due through the {@code (status, reminders.nextAt)} index.
 */
@Service
public class ReminderSweep {

	private static final Logger log = LoggerFactory.getLogger(ReminderSweep.class);

	private final ObligationRepository obligations;

	private final Leases leases;

	private final Clock clock;

	ReminderSweep(ObligationRepository obligations, Leases leases, Clock clock) {
		this.obligations = obligations;
		this.leases = leases;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${reporting.reminder-sweep.interval:PT5M}",
			initialDelayString = "${reporting.reminder-sweep.interval:PT5M}")
	void sweepNow() {
		sweep(this.clock.instant());
	}

	/** Sweeps as of {@code asOf}; empty when another instance holds the sweep, else how many reminders went out. */
	public Optional<Integer> sweep(Instant asOf) {
		return this.leases.call("reminder-sweep", Batches.LEASE, () -> remind(asOf));
	}

	private int remind(Instant asOf) {
		int reminded = Batches.process(
				() -> this.obligations.findByStatusAndRemindersNextAtLessThanEqualOrderByRemindersNextAtAsc(
						ObligationStatus.OPEN, asOf, Limit.of(Batches.SIZE)),
				(obligation) -> obligation.remind(asOf), this.obligations).announced();
		if (reminded > 0) {
			log.info("Reminder sweep as of {}: {} reminder(s)", asOf, reminded);
		}
		return reminded;
	}

}
