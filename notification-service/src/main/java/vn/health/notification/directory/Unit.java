package vn.health.notification.directory;

import java.util.Optional;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.health.contracts.directory.UnitType;
import vn.health.contracts.directory.UnitUpserted;

/** Đơn vị — a unit as plan-service last published it; this service's replica, never edited here. */
@Document("units")
public record Unit(@Id String id, String name, UnitType type, String parentId, String email, String phone) {

	static Unit from(UnitUpserted upserted) {
		return new Unit(upserted.unitId(), upserted.name(), upserted.type(), upserted.parentId(), upserted.email(),
				upserted.phone());
	}

	/** Where e-mail reaches the unit; empty when the directory has no address for it. */
	public Optional<String> emailAddress() {
		return Optional.ofNullable(this.email).map(String::strip).filter((address) -> !address.isEmpty());
	}

}
