package vn.health.servicekit.security;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.health.testkit.JsonHttp;
import vn.health.testkit.WithRealInfrastructure;
import vn.health.testkit.security.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;

/** The default until a service adopts security: nothing asks for a token, nothing is refused. */
@WithRealInfrastructure
@SpringBootTest(classes = SecuredApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.application.name=secured-test")
class SecurityOffTests {

	@LocalServerPort
	int port;

	@Test
	void requestsWithoutATokenGoThroughAsAnUnrestrictedCaller() {
		JsonHttp.Response whoami = http().get("/whoami");

		assertThat(whoami.status()).isEqualTo(200);
		assertThat(whoami.json().get("unrestricted").asBoolean()).isTrue();
		assertThat(http().get("/units/tyt-xa-dong-ky/reports").status()).isEqualTo(200);
		assertThat(http().post("/units/ttyt-yen-the/submissions", "{}").status()).isEqualTo(200);
		assertThat(http().post("/plans", "{}").status()).isEqualTo(200);
		assertThat(http().post("/directory", "{}").status()).isEqualTo(200);
	}

	@Test
	void aTokenIsIgnoredEvenAnExpiredOne() {
		JsonHttp.Response response = http().withBearer(TestTokens.get().expired("cdc", "VIEWER")).post("/plans", "{}");

		assertThat(response.status()).isEqualTo(200);
	}

	@Test
	void responsesCarryNoSecurityHeadersOrSessionCookie() {
		JsonHttp.Response response = http().get("/whoami");

		assertThat(response.header("Cache-Control")).isNull();
		assertThat(response.header("X-Frame-Options")).isNull();
		assertThat(response.header("Set-Cookie")).isNull();
	}

	private JsonHttp http() {
		return new JsonHttp("http://127.0.0.1:" + this.port);
	}

}
