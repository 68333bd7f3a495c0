package vn.health.console.web;

import java.util.List;
import java.util.Map;

import vn.health.servicekit.security.Caller;
import vn.health.servicekit.security.Role;

/**
 * The header's view of the caller: who, which unit, which roles, in Vietnamese.
 *
 * @param name the user name (token subject)
 * @param unitId the user's unit
 * @param unitName its name from the directory
 * @param roles the roles as Vietnamese labels
 */
public record SignedInUser(String name, String unitId, String unitName, List<String> roles) {

	private static final Map<Role, String> LABELS = Map.of(Role.PROVINCE_ADMIN, "Quản trị Sở Y tế",
			Role.COORDINATOR, "Điều phối tiếp nhận báo cáo", Role.UNIT_OFFICER, "Cán bộ đơn vị", Role.VIEWER,
			"Chỉ xem", Role.INTEGRATION, "Hệ thống tích hợp");

	static SignedInUser of(Caller caller, String unitName) {
		List<String> roles = caller.roles().stream().sorted().map(LABELS::get).toList();
		return new SignedInUser(caller.subject(), caller.unitId(), unitName, roles);
	}

}
