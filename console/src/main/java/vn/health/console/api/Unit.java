package vn.health.console.api;

import java.time.LocalDate;

/**
 * Đơn vị from the directory (plan-service).
 *
 * @param activeTo its last day in charge, {@code null} while it is
 * @param successorId the unit it was merged into, if it was
 */
public record Unit(String id, String name, String type, String parentId, String email, String phone,
		LocalDate activeTo, String successorId) {

	/** Still in charge: not merged away, not ended. */
	public boolean active() {
		return this.activeTo == null && this.successorId == null;
	}

}
