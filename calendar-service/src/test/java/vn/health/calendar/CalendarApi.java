package vn.health.calendar;

import vn.health.testkit.JsonHttp;
import vn.health.testkit.security.TestTokens;

/** The service's API as a signed-in caller sees it, with a token of test-kit's issuer. */
public final class CalendarApi {

	/** The Sở's province administrator: may do everything, so tests that are not about access sign in as it. */
	public static final String ADMIN_UNIT = "syt";

	private CalendarApi() {
	}

	public static JsonHttp admin(int port) {
		return as(port, "PROVINCE_ADMIN", ADMIN_UNIT);
	}

	/** {@code role} of {@code unitId}: {@code NONE} sends no token, {@code INTEGRATION} a machine client's. */
	public static JsonHttp as(int port, String role, String unitId) {
		JsonHttp anonymous = new JsonHttp("http://127.0.0.1:" + port);
		String token = token(role, unitId);
		return (token != null) ? anonymous.withBearer(token) : anonymous;
	}

	/** The access token of {@code role} of {@code unitId}, {@code null} for {@code NONE}. */
	public static String token(String role, String unitId) {
		return switch (role) {
			case "NONE" -> null;
			case "INTEGRATION" -> TestTokens.get().forClient("lgsp-" + unitId, unitId);
			default -> TestTokens.get().forUser(unitId, role);
		};
	}

}
