package vn.health.reporting.escalation;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.health.reporting.obligation.Obligation;
import vn.health.reporting.obligation.ObligationRepository;

/**
 * How every sweep walks what is due: a batch from its index, each obligation acts, then the batch is saved with its
 * events in one bulk write that keeps each obligation's optimistic lock
 * ({@link ObligationRepository#saveAllUnlessChanged}), then the next batch, until a batch is short or nothing in it
 * could be saved (it changed meanwhile: the next pass looks again). An acted-on obligation leaves the index range,
 * so the work is O(due); a batch costs its read, the write and its rate rows' two round trips, not three per
 * obligation.
 */
final class Batches {

	static final int SIZE = 500;

	/** How long a sweep's lease lasts if its instance dies mid-sweep; a pass over what is due takes far less. */
	static final Duration LEASE = Duration.ofMinutes(10);

	private static final Logger log = LoggerFactory.getLogger(Batches.class);

	private Batches() {
	}

	/**
	 * Returns how many obligations it saved, and how many of those {@code act} reported as announced: one whose write
	 * a concurrent change beat is in neither count, as its change and events were dropped.
	 */
	static Processed process(Supplier<List<Obligation>> nextBatch, Predicate<Obligation> act,
			ObligationRepository obligations) {
		int savedInAll = 0;
		int announced = 0;
		List<Obligation> due;
		do {
			due = nextBatch.get();
			Set<String> announcing = new HashSet<>();
			for (Obligation obligation : due) {
				if (act.test(obligation)) {
					announcing.add(obligation.id());
				}
			}
			List<Obligation> saved = obligations.saveAllUnlessChanged(due);
			if (saved.size() < due.size()) {
				log.debug("{} obligation(s) changed during the sweep; the next pass looks again",
						due.size() - saved.size());
			}
			savedInAll += saved.size();
			announced += (int) saved.stream().filter((obligation) -> announcing.contains(obligation.id())).count();
			if (saved.isEmpty()) {
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
