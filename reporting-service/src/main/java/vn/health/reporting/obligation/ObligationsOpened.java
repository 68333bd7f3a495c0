package vn.health.reporting.obligation;

import java.util.List;

/**
 * Obligations a plan version opened, a batch stored by one bulk insert that publishes no save event per document
 * (a plan issued to 10,000 units with 4 requirements opens 40,000); read models project them from this one event
 * instead. Published synchronously, after the insert and before the plan counts as applied.
 *
 * @param obligations those inserted now, each at its first stored version (0)
 */
public record ObligationsOpened(List<Obligation> obligations) {

	public ObligationsOpened {
		obligations = List.copyOf(obligations);
	}

}
