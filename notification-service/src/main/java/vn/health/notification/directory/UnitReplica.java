package vn.health.notification.directory;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

/** The local copy of plan-service's unit directory (DESIGN: no service reads another's database). */
public interface UnitReplica extends Repository<Unit, String> {

	/** Replaces the unit's document whole, keyed by unit id: applying the same event twice is harmless. */
	Unit save(Unit unit);

	Optional<Unit> findById(String unitId);

	/** Every unit known here, e.g. for a national notice. */
	List<Unit> findAll();

	/** The unit, or {@link UnknownRecipientException} when the replica lags behind the event. */
	default Unit require(String unitId) {
		return findById(unitId).orElseThrow(() -> new UnknownRecipientException(unitId));
	}

}
