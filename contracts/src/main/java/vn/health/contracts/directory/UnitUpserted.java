package vn.health.contracts.directory;

/**
 * The current state of one unit (đơn vị). Latest per unit id wins; consumers keep a replica.
 *
 * @param parentId the supervising unit, {@code null} for the top of the province
 * @param email contact e-mail for notifications, may be {@code null}
 * @param phone contact phone, may be {@code null}
 */
public record UnitUpserted(String unitId, String name, UnitType type, String parentId, String email, String phone)
		implements DirectoryEvent {

	@Override
	public String aggregateId() {
		return this.unitId;
	}

}
