package vn.health.calendar.directory;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.health.contracts.directory.UnitType;
import vn.health.contracts.directory.UnitUpserted;

/** Đơn vị — a unit of the province as the directory last described it; only what calendars show. */
@Document("units")
public record Unit(@Id String id, String name, UnitType type, String parentId) {

	static Unit of(UnitUpserted upserted) {
		return new Unit(upserted.unitId(), upserted.name(), upserted.type(), upserted.parentId());
	}

}
