package vn.health.plan.plan;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import vn.health.plan.PlanServiceApi;
import vn.health.plan.PlanServiceTest;
import vn.health.testkit.JsonHttp;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code /v3/api-docs}: every public path DESIGN.md gives plan-service, and the seed plans as examples. */
@PlanServiceTest
class ApiDocumentationIntegrationTests {

	/** DESIGN.md, "Public API": plan-service's paths and methods, a contract. */
	private static final Map<String, List<String>> PUBLIC_PATHS = Map.of(
			"/api/units", List.of("get", "post"),
			"/api/units/{id}", List.of("get"),
			"/api/units/{id}/merge", List.of("post"),
			"/api/plans", List.of("get", "post"),
			"/api/plans/{id}", List.of("get", "put"),
			"/api/plans/{id}/issue", List.of("post"),
			"/api/plans/{id}/amendments", List.of("post"),
			"/api/plans/{id}/revoke", List.of("post"),
			"/api/plans/import", List.of("post"));

	@LocalServerPort
	int port;

	@Test
	void theDocumentListsEveryPublicPathOfDesign() {
		JsonHttp.Response docs = new PlanServiceApi(this.port).http().get("/v3/api-docs");

		assertThat(docs.status()).as(docs.toString()).isEqualTo(200);
		JsonNode paths = docs.json().get("paths");
		PUBLIC_PATHS.forEach((path, methods) -> {
			assertThat(paths.has(path)).as(path).isTrue();
			methods.forEach((method) -> assertThat(paths.get(path).has(method)).as(method + " " + path).isTrue());
		});
	}

	@Test
	void aPlanBodyHasTheSeedPlansAsExamplesNamingTheDemoUnits() {
		JsonNode docs = new PlanServiceApi(this.port).http().get("/v3/api-docs").json();

		JsonNode examples = docs.at("/paths/~1api~1plans/post/requestBody/content/application~1json/examples");
		assertThat(examples.propertyNames()).containsExactly("bac-giang-2024-truyen-thong-y-te",
				"lang-son-2024-co-so-y-te-xanh-sach-dep", "lang-son-2024-thong-tin-truyen-thong-y-te");
		JsonNode bacGiang = examples.get("bac-giang-2024-truyen-thong-y-te").get("value");
		assertThat(bacGiang.get("themes")).hasSize(38);
		assertThat(bacGiang.get("issuerUnitId").asString()).isEqualTo("syt");
		assertThat(docs.at("/paths/~1api~1plans~1{id}/put/requestBody/content/application~1json/examples")).hasSize(3);
	}

}
