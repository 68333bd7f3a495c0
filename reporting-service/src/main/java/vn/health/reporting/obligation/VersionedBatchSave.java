package vn.health.reporting.obligation;

import java.util.List;

/** The part of {@link ObligationRepository} Spring Data cannot derive: see {@link ObligationRepositoryImpl}. */
public interface VersionedBatchSave {

	/**
	 * Saves each obligation only if its stored version is still the one it was read at, all in one write; returns
	 * those saved, in order, each now at its new version.
	 */
	List<Obligation> saveAllUnlessChanged(List<Obligation> obligations);

}
