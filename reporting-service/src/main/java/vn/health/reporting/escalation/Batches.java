package vn.health.reporting.escalation;

import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.OptimisticLockingFailureException;

import vn.health.reporting.obligation.Obligation;
import vn.health.reporting.obligation.ObligationRepository;

/**
 * How every sweep walks what is due: a batch from its index, each obligation acts and is saved with its events,
 * then the next batch, until a batch is short or nothing in it could be saved (it changed meanwhile: the next pass
 * looks again). An acted-on obligation leaves the index range, so the work is O(due).
 */
final class Batches {

	static final int SIZE = 500;

	/** How long a sweep's lease lasts if its instance dies mid-sweep; a pass over what is due takes far less. */
	static final Duration LEASE = Duration.ofMinutes(10);

	private static final Logger log = LoggerFactory.getLogger(Batches.class);

	private Batches() {
	}

	/** Returns how many obligations it saved, and how many of those {@code act} reported as announced. */
	static Processed process(Supplier<List<Obligation>> nextBatch, Predicate<Obligation> act,
			ObligationRepository obligations) {
		int savedInAll = 0;
		int announced = 0;
		List<Obligation> due;
		do {
			due = nextBatch.get();
			int saved = 0;
			for (Obligation obligation : due) {
				boolean didAnnounce = act.test(obligation);
				try {
					obligations.save(obligation);
					saved++;
					announced += didAnnounce ? 1 : 0;
				}
				catch (OptimisticLockingFailureException changedMeanwhile) {
					log.debug("Obligation {} changed during the sweep; the next pass looks again", obligation.id());
				}
			}
			savedInAll += saved;
			if (saved == 0) {
				break;
			}
		}
		while (due.size() == SIZE);
		return new Processed(savedInAll, announced);
	}

	/** What a walk did: obligations saved, and how many of them announced something. */
	record Processed(int saved, int announced) {

	}

}
