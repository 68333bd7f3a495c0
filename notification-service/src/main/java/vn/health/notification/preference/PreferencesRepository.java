package vn.health.notification.preference;

import java.util.Optional;

import org.springframework.data.repository.Repository;

/** Tùy chọn nhận thông báo — the units' stored preferences, one document per unit. */
public interface PreferencesRepository extends Repository<Preferences, String> {

	Preferences save(Preferences preferences);

	Optional<Preferences> findById(String unitId);

	default Preferences forUnit(String unitId) {
		return findById(unitId).orElseGet(() -> Preferences.defaults(unitId));
	}

}
