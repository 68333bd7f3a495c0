package vn.health.servicekit.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.health.testkit.JsonHttp;
import vn.health.testkit.WithRealInfrastructure;
import vn.health.testkit.security.TestTokens;
import vn.health.testkit.security.WithTestIssuer;

import static org.assertj.core.api.Assertions.assertThat;

@WithRealInfrastructure
@WithTestIssuer
@SpringBootTest(classes = SecuredApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.application.name=secured-test", "platform.security.enabled=true",
				"platform.security.public-paths=/feeds/**" })
class SecurityOnTests {

	private final TestTokens tokens = TestTokens.get();

	@LocalServerPort
	int port;

	@Test
	void aRequestWithoutATokenIsAProblemAskingToSignIn() {
		JsonHttp.Response response = http().get("/whoami");

		assertUnauthenticated(response);
		assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
	}

	@Test
	void expiredForeignUnsignedAndUnitlessTokensAreRefused() {
		String unsigned = this.tokens.forUser("cdc", "COORDINATOR").replaceFirst("\\.[^.]+$", ".c2lnbmF0dXJl");
		String noUnit = this.tokens
			.sign(this.tokens.claims("user.x", "cdc", "VIEWER").claims((claims) -> claims.remove("unit_id")).build());

		assertUnauthenticated(http().withBearer(this.tokens.expired("cdc", "COORDINATOR")).get("/whoami"));
		assertUnauthenticated(http().withBearer(this.tokens.fromOtherIssuer("cdc", "COORDINATOR")).get("/whoami"));
		assertUnauthenticated(http().withBearer(unsigned).get("/whoami"));
		assertUnauthenticated(http().withBearer(noUnit).get("/whoami"));
	}

	@Test
	void theControllerGetsTheCallerFromTheTokenClaims() {
		JsonHttp.Response response = http().withBearer(this.tokens.forUser("ttyt-yen-the", "COORDINATOR", "UNIT_OFFICER"))
			.get("/whoami");

		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		assertThat(response.json().get("subject").asString()).isEqualTo("user.ttyt-yen-the");
		assertThat(response.json().get("unitId").asString()).isEqualTo("ttyt-yen-the");
		assertThat(response.json().get("roles").values()).extracting((role) -> role.asString())
			.containsExactlyInAnyOrder("COORDINATOR", "UNIT_OFFICER");
		assertThat(response.json().get("unrestricted").asBoolean()).isFalse();
	}

	@ParameterizedTest(name = "{0} of {1} reading {2}: {3}")
	@CsvSource({ "UNIT_OFFICER, tyt-xa-dong-ky, tyt-xa-dong-ky, 200", "UNIT_OFFICER, ttyt-tan-yen, ttyt-yen-the, 403",
			"UNIT_OFFICER, ttyt-yen-the, tyt-xa-dong-ky, 403", "COORDINATOR, ttyt-yen-the, tyt-xa-dong-ky, 200",
			"COORDINATOR, cdc, tyt-xa-dong-ky, 200", "COORDINATOR, ttyt-tan-yen, tyt-xa-dong-ky, 403",
			"COORDINATOR, ttyt-yen-the, cdc, 403", "PROVINCE_ADMIN, syt, tyt-xa-dong-ky, 200",
			"VIEWER, cdc, ttyt-tan-yen, 200", "VIEWER, ttyt-tan-yen, ttyt-yen-the, 403" })
	void unitScopeAllowsOwnAndSupervisedUnitsOnly(String role, String unit, String target, int status) {
		JsonHttp.Response response = http().withBearer(this.tokens.forUser(unit, role))
			.get("/units/" + target + "/reports");

		assertThat(response.status()).as(response.toString()).isEqualTo(status);
		if (status == 403) {
			assertThat(response.contentType()).startsWith("application/problem+json");
			assertThat(response.json().get("detail").asString())
				.isEqualTo("Bạn không có quyền với dữ liệu của đơn vị " + target + " / You may not access the data of unit "
						+ target);
		}
	}

	@Test
	void aUnitSubmitsOnlyItsOwnReportsAndAViewerNothing() {
		assertThat(http().withBearer(this.tokens.forUser("ttyt-yen-the", "UNIT_OFFICER"))
			.post("/units/ttyt-yen-the/submissions", "{}")
			.status()).isEqualTo(200);
		assertThat(http().withBearer(this.tokens.forUser("cdc", "COORDINATOR"))
			.post("/units/ttyt-yen-the/submissions", "{}")
			.status()).isEqualTo(403);
		assertThat(http().withBearer(this.tokens.forUser("ttyt-yen-the", "VIEWER"))
			.post("/units/ttyt-yen-the/submissions", "{}")
			.status()).isEqualTo(403);
		assertThat(http().withBearer(this.tokens.forClient("lgsp-bac-giang", "ttyt-yen-the"))
			.post("/units/ttyt-yen-the/submissions", "{}")
			.json()
			.get("submittedBy")
			.asString()).isEqualTo("lgsp-bac-giang");
	}

	@Test
	void aRoleCheckRefusesOtherRolesInTheBilingualShapeWhicheverWayItIsWritten() {
		String officer = this.tokens.forUser("cdc", "UNIT_OFFICER");
		String admin = this.tokens.forUser("syt", "PROVINCE_ADMIN");

		for (String path : new String[] { "/plans", "/directory" }) {
			JsonHttp.Response refused = http().withBearer(officer).post(path, "{}");
			assertThat(refused.status()).as(path).isEqualTo(403);
			assertThat(refused.contentType()).startsWith("application/problem+json");
			assertThat(refused.json().get("title").asString()).isEqualTo("Không có quyền / Forbidden");
			assertThat(http().withBearer(admin).post(path, "{}").status()).as(path).isEqualTo(200);
		}
	}

	@Test
	void healthTheApiDescriptionAndTheConfiguredPublicPathsNeedNoToken() {
		assertThat(http().get("/actuator/health").status()).isEqualTo(200);
		// No OpenAPI generator in this application: the answer is "not found", not "sign in first"
		assertThat(http().get("/v3/api-docs").status()).isEqualTo(404);
		assertThat(http().get("/feeds/cdc.ics").body()).isEqualTo("feed of cdc");
	}

	private JsonHttp http() {
		return new JsonHttp("http://127.0.0.1:" + this.port);
	}

	private static void assertUnauthenticated(JsonHttp.Response response) {
		assertThat(response.status()).as(response.toString()).isEqualTo(401);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.json().get("title").asString()).isEqualTo("Chưa đăng nhập / Unauthenticated");
		assertThat(response.json().get("type").asString())
			.isEqualTo("urn:problem-type:truyen-thong-y-te:unauthenticated");
	}

}
