package vn.health.reporting.consolidation;

import java.time.Duration;
import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfiguration;

import vn.health.reporting.ReportingApi;
import vn.health.reporting.ReportingServiceTest;
import vn.health.testkit.JsonHttp;
import vn.health.testkit.KafkaTestClient;
import vn.health.testkit.SharedInfrastructure;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.serviceUnavailable;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code POST /api/reports/consolidated/lgsp-sends}: the consolidation's package reaches an LGSP that takes an API
 * key, through service-kit's adapter — a 503 is retried within the same sweep. Its own Spring context (the only
 * reporting-service test with an LGSP configured).
 */
@ReportingServiceTest
@ContextConfiguration(initializers = ConsolidationLgspIntegrationTests.ApiKeyLgsp.class)
class ConsolidationLgspIntegrationTests {

	private static final WireMockServer lgsp = new WireMockServer(options().dynamicPort());

	private static final String REPORTS = "/lgsp/reports";

	@LocalServerPort
	int port;

	private final KafkaTestClient kafka = new KafkaTestClient(SharedInfrastructure.get().kafkaBootstrap());

	@AfterAll
	static void stop() {
		lgsp.stop();
	}

	@Test
	void aConsolidatedReportIsQueuedAndDeliveredOnceWithTheApiKey() {
		lgsp.stubFor(post(REPORTS).inScenario("busy").whenScenarioStateIs(STARTED).willReturn(serviceUnavailable())
			.willSetStateTo("free"));
		lgsp.stubFor(post(REPORTS).inScenario("busy").whenScenarioStateIs("free").willReturn(okJson("{}")));
		ReportingApi api = new ReportingApi(this.port);
		String planId = ChainedPlan.issueAndReview(api, this.kafka);
		String query = "?plan=" + planId + "&requirement=r1";

		JsonHttp.Response queued = api.http().post("/api/reports/consolidated/lgsp-sends" + query, null);

		assertThat(queued.status()).as(queued.toString()).isEqualTo(202);
		String send = queued.json().get("id").asString();
		assertThat(queued.header("Location")).isEqualTo("/api/reports/consolidated/lgsp-sends/" + send);
		assertThat(queued.json().get("kind").asString()).isEqualTo("REPORT");
		JsonNode sent = await().atMost(Duration.ofSeconds(20))
			.until(() -> api.http().get("/api/reports/consolidated/lgsp-sends/" + send).json(),
					(status) -> "SENT".equals(status.get("status").asString()));
		assertThat(sent.get("attempts").asInt()).isEqualTo(2);
		List<ServeEvent> attempts = lgsp.getAllServeEvents();
		assertThat(attempts).hasSize(2).allSatisfy((attempt) -> {
			assertThat(attempt.getRequest().getHeader("X-LGSP-Key")).isEqualTo("bac-giang-key");
			assertThat(attempt.getRequest().getHeader("Idempotency-Key")).isEqualTo(send);
			assertThat(attempt.getRequest().getBodyAsString()).contains("bc." + planId + ".r1.");
		});
		JsonNode listed = api.http().get("/api/reports/consolidated/lgsp-sends" + query).json();
		assertThat(listed.valueStream().map((each) -> each.get("id").asString())).containsExactly(send);
		ReportingApi.assertProblem(api.http().get("/api/reports/consolidated/lgsp-sends/khong-co"), 404);
	}

	/** The LGSP of this test: WireMock, an API key in {@code X-LGSP-Key}. */
	static class ApiKeyLgsp implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			if (!lgsp.isRunning()) {
				lgsp.start();
			}
			TestPropertyValues
				.of("platform.lgsp.base-url=http://127.0.0.1:" + lgsp.port() + "/lgsp", "platform.lgsp.auth=api-key",
						"platform.lgsp.api-key-header=X-LGSP-Key", "platform.lgsp.api-key=bac-giang-key",
						"platform.lgsp.attempts-per-pass=2", "platform.lgsp.retry-wait=20ms",
						"platform.lgsp.sweep-period=200ms")
				.applyTo(context);
		}

	}

}
