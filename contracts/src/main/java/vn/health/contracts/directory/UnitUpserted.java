package vn.health.contracts.directory;

import java.time.LocalDate;

/**
 * The current state of one unit (đơn vị). Latest per unit id wins; consumers keep a replica.
 *
 * @param parentId the supervising unit, {@code null} for the top of the province
 * @param email contact e-mail for notifications, may be {@code null}
 * @param phone contact phone, may be {@code null}
 * @param activeFrom the unit's first day, {@code null} when it existed before the platform knew it
 * @param activeTo the unit's last day (e.g. the day before it was merged), {@code null} while it is active
 * @param successorId the unit responsible for it from the day after {@code activeTo}, {@code null} if none
 * @param code the unit's code in the province's directory (mã đơn vị), {@code null} when it has none
 * @param administrativeArea the commune, district or province it serves (địa bàn), may be {@code null}
 * @param zalo the Zalo account (phone number or Official Account id) messages go to, may be {@code null}
 */
public record UnitUpserted(String unitId, String name, UnitType type, String parentId, String email, String phone,
		LocalDate activeFrom, LocalDate activeTo, String successorId, String code, String administrativeArea,
		String zalo) implements DirectoryEvent {

	@Override
	public String aggregateId() {
		return this.unitId;
	}

}
