package vn.health.calendar;

import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import vn.health.calendar.directory.Unit;
import vn.health.contracts.directory.UnitType;
import vn.health.testkit.JsonHttp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Who may do what in calendar-service: endpoint × role × unit → status. The directory replica holds a small province:
 * {@code mx-syt} above {@code mx-cdc} above the districts {@code mx-a} and {@code mx-b}. The national catalogue,
 * holidays and province themes are every signed-in user's to read; a unit's calendar and its own themes are for its
 * staff, the coordinators and administrators above it, and viewers above it (read-only), never for another district
 * ({@code mx-b} can read or write nothing of {@code mx-a}); a unit's themes and feed token are changed by its own
 * officers and coordinators or the Sở's administrators; holidays, province themes, sweeps and the audit are the Sở's.
 * Every write row gets a theme of its own, so an allowed write changes nothing another row looks at; the Sở's allowed
 * writes that would change shared data send a bad body instead, and get 400 where everyone else gets 403.
 */
@CalendarServiceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CalendarServiceSecurityMatrixTests {

	private static final String MAY = "/api/calendar/occurrences?from=2025-05-01&to=2025-05-31";

	private static final String FUTURE_SWEEP = "/api/calendar/sweeps/upcoming?asOf=2999-01-01T00:00:00%2B07:00";

	@LocalServerPort
	int port;

	@Autowired
	MongoTemplate mongo;

	private String unitThemeOfA;

	private String provinceThemeToRead;

	@BeforeAll
	void aSmallProvinceInTheReplica() {
		this.mongo.save(new Unit("mx-syt", "Sở Y tế (ma trận)", UnitType.DEPARTMENT_OF_HEALTH, null));
		this.mongo.save(new Unit("mx-cdc", "CDC (ma trận)", UnitType.PROVINCIAL_CDC, "mx-syt"));
		this.mongo.save(new Unit("mx-a", "TTYT A (ma trận)", UnitType.DISTRICT_HEALTH_CENTRE, "mx-cdc"));
		this.mongo.save(new Unit("mx-b", "TTYT B (ma trận)", UnitType.DISTRICT_HEALTH_CENTRE, "mx-cdc"));
		this.unitThemeOfA = themeOf("mx-a");
		this.provinceThemeToRead = provinceTheme();
	}

	static Stream<Arguments> reads() {
		return Stream.of(
				arguments("/api/calendar/themes?year=2024", "NONE", "mx-a", 401),
				arguments("/api/calendar/themes?year=2024", "UNIT_OFFICER", "mx-b", 200),
				arguments("/api/calendar/themes?year=2024", "VIEWER", "mx-b", 200),
				arguments("/api/calendar/themes?year=2024", "INTEGRATION", "mx-b", 200),
				arguments("/api/calendar/holidays?year=2025", "NONE", "mx-a", 401),
				arguments("/api/calendar/holidays?year=2025", "UNIT_OFFICER", "mx-b", 200),
				arguments("/api/calendar/holidays?year=2025", "VIEWER", "mx-b", 200),
				arguments(MAY, "UNIT_OFFICER", "mx-b", 200),
				arguments(MAY, "NONE", "mx-b", 401),
				arguments(MAY + "&unit=mx-a", "NONE", "mx-a", 401),
				arguments(MAY + "&unit=mx-a", "UNIT_OFFICER", "mx-a", 200),
				arguments(MAY + "&unit=mx-a", "UNIT_OFFICER", "mx-b", 403),
				arguments(MAY + "&unit=mx-a", "COORDINATOR", "mx-a", 200),
				arguments(MAY + "&unit=mx-a", "COORDINATOR", "mx-cdc", 200),
				arguments(MAY + "&unit=mx-a", "COORDINATOR", "mx-b", 403),
				arguments(MAY + "&unit=mx-a", "VIEWER", "mx-a", 200),
				arguments(MAY + "&unit=mx-a", "VIEWER", "mx-syt", 200),
				arguments(MAY + "&unit=mx-a", "VIEWER", "mx-b", 403),
				arguments(MAY + "&unit=mx-a", "INTEGRATION", "mx-a", 200),
				arguments(MAY + "&unit=mx-a", "INTEGRATION", "mx-b", 403),
				arguments(MAY + "&unit=mx-a", "PROVINCE_ADMIN", "mx-syt", 200),
				arguments(MAY + "&unit=mx-cdc", "COORDINATOR", "mx-a", 403),
				arguments("/api/calendar/themes/{unitTheme}", "NONE", "mx-a", 401),
				arguments("/api/calendar/themes/{unitTheme}", "UNIT_OFFICER", "mx-a", 200),
				arguments("/api/calendar/themes/{unitTheme}", "UNIT_OFFICER", "mx-b", 403),
				arguments("/api/calendar/themes/{unitTheme}", "COORDINATOR", "mx-cdc", 200),
				arguments("/api/calendar/themes/{unitTheme}", "VIEWER", "mx-syt", 200),
				arguments("/api/calendar/themes/{provinceTheme}", "UNIT_OFFICER", "mx-b", 200),
				arguments("/api/calendar/themes/{provinceTheme}", "VIEWER", "mx-b", 200),
				arguments("/api/calendar/themes/own?unit=mx-a", "UNIT_OFFICER", "mx-a", 200),
				arguments("/api/calendar/themes/own?unit=mx-a", "UNIT_OFFICER", "mx-b", 403),
				arguments("/api/calendar/themes/own?unit=mx-a", "COORDINATOR", "mx-cdc", 200),
				arguments("/api/calendar/themes/own?scope=PROVINCE", "UNIT_OFFICER", "mx-b", 200),
				arguments("/api/calendar/plans/mx-no-such-plan/themes", "UNIT_OFFICER", "mx-b", 404),
				arguments("/api/calendar/plans/mx-no-such-plan/themes", "NONE", "mx-b", 401),
				arguments("/api/calendar/audit", "NONE", "mx-syt", 401),
				arguments("/api/calendar/audit", "PROVINCE_ADMIN", "mx-syt", 200),
				arguments("/api/calendar/audit", "VIEWER", "mx-syt", 403),
				arguments("/api/calendar/audit", "COORDINATOR", "mx-cdc", 403),
				arguments("/api/calendar/audit", "INTEGRATION", "mx-syt", 403));
	}

	@ParameterizedTest(name = "GET {0} as {1} of {2}: {3}")
	@MethodSource("reads")
	void reading(String path, String role, String unit, int expected) {
		String resolved = path.replace("{unitTheme}", this.unitThemeOfA)
			.replace("{provinceTheme}", this.provinceThemeToRead);

		assertStatus(CalendarApi.as(this.port, role, unit).get(resolved), expected);
	}

	static Stream<Arguments> unitThemeWrites() {
		return Stream.of(arguments("NONE", "mx-a", 401, 401, 401), arguments("UNIT_OFFICER", "mx-a", 201, 200, 204),
				arguments("COORDINATOR", "mx-a", 201, 200, 204), arguments("PROVINCE_ADMIN", "mx-syt", 201, 200, 204),
				arguments("UNIT_OFFICER", "mx-b", 403, 403, 403), arguments("COORDINATOR", "mx-b", 403, 403, 403),
				arguments("COORDINATOR", "mx-cdc", 403, 403, 403), arguments("VIEWER", "mx-a", 403, 403, 403),
				arguments("VIEWER", "mx-syt", 403, 403, 403), arguments("INTEGRATION", "mx-a", 403, 403, 403));
	}

	@ParameterizedTest(name = "mx-a's own theme added, changed, removed by {0} of {1}: {2}, {3}, {4}")
	@MethodSource("unitThemeWrites")
	void writingAUnitsTheme(String role, String unit, int added, int changed, int removed) throws Exception {
		JsonHttp caller = CalendarApi.as(this.port, role, unit);
		String existing = themeOf("mx-a");

		assertStatus(caller.post("/api/calendar/themes", theme("UNIT", "mx-a")), added);
		assertStatus(caller.put("/api/calendar/themes/" + existing, theme("UNIT", "mx-a")), changed);
		assertDeleted(RawHttp.delete(this.port, "/api/calendar/themes/" + existing, CalendarApi.token(role, unit)),
				removed);
	}

	static Stream<Arguments> provinceThemeWrites() {
		return Stream.of(arguments("NONE", "mx-syt", 401, 401, 401),
				arguments("PROVINCE_ADMIN", "mx-syt", 201, 200, 204), arguments("COORDINATOR", "mx-syt", 403, 403, 403),
				arguments("COORDINATOR", "mx-cdc", 403, 403, 403), arguments("UNIT_OFFICER", "mx-a", 403, 403, 403),
				arguments("VIEWER", "mx-syt", 403, 403, 403), arguments("INTEGRATION", "mx-syt", 403, 403, 403));
	}

	@ParameterizedTest(name = "a province theme added, changed, removed by {0} of {1}: {2}, {3}, {4}")
	@MethodSource("provinceThemeWrites")
	void writingAProvinceTheme(String role, String unit, int added, int changed, int removed) throws Exception {
		JsonHttp caller = CalendarApi.as(this.port, role, unit);
		String existing = provinceTheme();

		assertStatus(caller.post("/api/calendar/themes", theme("PROVINCE", null)), added);
		assertStatus(caller.put("/api/calendar/themes/" + existing, theme("PROVINCE", null)), changed);
		assertDeleted(RawHttp.delete(this.port, "/api/calendar/themes/" + existing, CalendarApi.token(role, unit)),
				removed);
	}

	@Test
	void aUnitCannotHandItsThemeToAnotherUnitOrToTheProvince() {
		JsonHttp officerOfA = CalendarApi.as(this.port, "UNIT_OFFICER", "mx-a");
		String existing = themeOf("mx-a");

		assertStatus(officerOfA.put("/api/calendar/themes/" + existing, theme("UNIT", "mx-b")), 403);
		assertStatus(officerOfA.put("/api/calendar/themes/" + existing, theme("PROVINCE", null)), 403);
		assertStatus(officerOfA.put("/api/calendar/themes/" + themeOf("mx-b"), theme("UNIT", "mx-a")), 403);
		assertThat(CalendarApi.admin(this.port).get("/api/calendar/themes/" + existing).json().get("unitId").asString())
			.isEqualTo("mx-a");
	}

	static Stream<Arguments> operatorWrites() {
		return Stream.of(arguments("NONE", "mx-syt", 401, 401, 401), arguments("PROVINCE_ADMIN", "mx-syt", 400, 404, 400),
				arguments("COORDINATOR", "mx-syt", 403, 403, 403), arguments("COORDINATOR", "mx-cdc", 403, 403, 403),
				arguments("UNIT_OFFICER", "mx-a", 403, 403, 403), arguments("VIEWER", "mx-syt", 403, 403, 403),
				arguments("INTEGRATION", "mx-syt", 403, 403, 403));
	}

	@ParameterizedTest(name = "a holiday decision entered, withdrawn, a sweep run by {0} of {1}: {2}, {3}, {4}")
	@MethodSource("operatorWrites")
	void enteringHolidaysAndRunningSweeps(String role, String unit, int adjusted, int withdrawn, int swept)
			throws Exception {
		JsonHttp caller = CalendarApi.as(this.port, role, unit);

		assertStatus(caller.post("/api/calendar/holidays/adjustments", "{}"), adjusted);
		assertDeleted(RawHttp.delete(this.port, "/api/calendar/holidays/adjustments/2091-01-03",
				CalendarApi.token(role, unit)), withdrawn);
		assertStatus(caller.post(FUTURE_SWEEP, null), swept);
	}

	static Stream<Arguments> feedTokens() {
		return Stream.of(arguments("NONE", "mx-a", 401), arguments("UNIT_OFFICER", "mx-a", 201),
				arguments("COORDINATOR", "mx-a", 201), arguments("PROVINCE_ADMIN", "mx-syt", 201),
				arguments("UNIT_OFFICER", "mx-b", 403), arguments("COORDINATOR", "mx-cdc", 403),
				arguments("VIEWER", "mx-a", 403), arguments("INTEGRATION", "mx-a", 403));
	}

	@ParameterizedTest(name = "mx-a's feed token rotated by {0} of {1}: {2}")
	@MethodSource("feedTokens")
	void rotatingAFeedToken(String role, String unit, int expected) {
		assertStatus(CalendarApi.as(this.port, role, unit).post("/api/calendar/feeds/mx-a/token", null), expected);
	}

	@Test
	void theFeedNeedsItsOwnTokenNotABearerToken() {
		String feedToken = CalendarApi.as(this.port, "UNIT_OFFICER", "mx-b")
			.post("/api/calendar/feeds/mx-b/token", null)
			.json()
			.get("token")
			.asString();
		JsonHttp calendarApp = CalendarApi.as(this.port, "NONE", "mx-b");

		assertThat(calendarApp.get("/api/calendar/feeds/mx-b.ics?token=" + feedToken).status()).isEqualTo(200);
		assertStatus(calendarApp.get("/api/calendar/feeds/mx-b.ics"), 404);
		assertStatus(calendarApp.get("/api/calendar/feeds/mx-b.ics?token=" + feedToken + "x"), 404);
		assertStatus(calendarApp.get("/api/calendar/feeds/mx-b/token"), 401);
	}

	@Test
	void aListingHoldsOnlyTheThemesOfUnitsTheCallerMayRead() {
		themeOf("mx-b");

		assertThat(unitsListed("UNIT_OFFICER", "mx-b")).containsOnly("mx-b");
		assertThat(unitsListed("COORDINATOR", "mx-cdc")).contains("mx-a", "mx-b");
		assertThat(unitsListed("VIEWER", "mx-syt")).contains("mx-a", "mx-b");
	}

	private Stream<String> unitsListed(String role, String unit) {
		JsonHttp.Response listed = CalendarApi.as(this.port, role, unit)
			.get("/api/calendar/themes/own?scope=UNIT&size=100");
		assertStatus(listed, 200);
		return listed.json().get("items").valueStream().map((theme) -> theme.get("unitId").asString())
			.filter((unitId) -> unitId.startsWith("mx-"));
	}

	/** A new theme of {@code unitId}, added by the Sở. */
	private String themeOf(String unitId) {
		return added(theme("UNIT", unitId));
	}

	private String provinceTheme() {
		return added(theme("PROVINCE", null));
	}

	private String added(String body) {
		JsonHttp.Response response = CalendarApi.admin(this.port).post("/api/calendar/themes", body);
		assertStatus(response, 201);
		return response.json().get("id").asString();
	}

	private static String theme(String scope, String unitId) {
		return "{\"scope\": \"" + scope + "\"" + ((unitId != null) ? ", \"unitId\": \"" + unitId + "\"" : "")
				+ ", \"name\": \"Ngày hội ma trận " + UUID.randomUUID().toString().substring(0, 8)
				+ "\", \"timing\": \"15 - 16/5\"}";
	}

	private static void assertStatus(JsonHttp.Response response, int expected) {
		assertThat(response.status()).as(response.toString()).isEqualTo(expected);
		if (expected >= 400) {
			assertThat(response.contentType()).startsWith("application/problem+json");
		}
	}

	private static void assertDeleted(HttpResponse<String> response, int expected) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(expected);
		if (expected >= 400) {
			assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
					(type) -> assertThat(type).startsWith("application/problem+json"));
		}
	}

}
