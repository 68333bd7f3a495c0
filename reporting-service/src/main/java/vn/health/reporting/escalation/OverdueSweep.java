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

/**
 * Finds open obligations past their deadline and marks them overdue (each announces
 * {@code ReportOverdue} through its outbox). One instance sweeps at a time (a lease lock), and each
 * pass reads only what is due through the {@code (status, dueAt)} index.
 */
@Service
public class OverdueSweep {

	private static final Logger log = LoggerFactory.getLogger(OverdueSweep.class);

	private final ObligationRepository obligations;

	private final SweepLock lock;

	private final Clock clock;

	OverdueSweep(ObligationRepository obligations, SweepLock lock, Clock clock) {
		this.obligations = obligations;
		this.lock = lock;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${reporting.overdue-sweep.interval:PT1M}",
			initialDelayString = "${reporting.overdue-sweep.interval:PT1M}")
	void sweepNow() {
		sweep(this.clock.instant());
	}

	/**
	 * Sweeps as of {@code asOf} (an operator may replay a past instant); empty when another instance
	 * holds the sweep, else how many obligations became overdue.
	 */
	public Optional<Integer> sweep(Instant asOf) {
		return this.lock.run("overdue-sweep", () -> markOverdue(asOf));
	}

	private int markOverdue(Instant asOf) {
		int marked = Batches.process(() -> this.obligations.findByStatusAndDueAtBeforeOrderByDueAtAsc(
				ObligationStatus.OPEN, asOf, Limit.of(Batches.SIZE)), (obligation) -> {
					obligation.markOverdue(asOf);
					return true;
				}, this.obligations);
		if (marked > 0) {
			log.info("Overdue sweep as of {}: {} obligation(s) overdue", asOf, marked);
		}
		return marked;
	}

}
