package vn.health.reporting.directory;

import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.health.contracts.directory.UnitType;
import vn.health.contracts.directory.UnitUpserted;

/**
 * Đơn vị — one unit as plan-service last published it ({@code UnitUpserted}, latest wins): what escalation needs
 * (the supervising unit) and what rates group by (the type).
 *
 * @param parentId the supervising unit, {@code null} at the top of the province
 * @param successorId the unit responsible for it after {@code activeTo}, {@code null} if none
 */
@Document("units")
record DirectoryUnit(@Id String unitId, String name, UnitType type, String parentId, LocalDate activeFrom,
		LocalDate activeTo, String successorId) {

	static DirectoryUnit of(UnitUpserted upserted) {
		return new DirectoryUnit(upserted.unitId(), upserted.name(), upserted.type(), upserted.parentId(),
				upserted.activeFrom(), upserted.activeTo(), upserted.successorId());
	}

}
