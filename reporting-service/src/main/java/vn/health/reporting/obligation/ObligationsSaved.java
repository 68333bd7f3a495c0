package vn.health.reporting.obligation;

import java.util.List;

/**
 * Obligations a sweep saved in one bulk write ({@link ObligationRepository#saveAllUnlessChanged}), which publishes
 * no save event per document; read models project them from this one event instead. Published synchronously, after
 * the write, with exactly those whose write won: one a concurrent change got to first is not here.
 *
 * @param obligations those saved now, each at the version it was stored with
 */
public record ObligationsSaved(List<Obligation> obligations) {

	public ObligationsSaved {
		obligations = List.copyOf(obligations);
	}

}
