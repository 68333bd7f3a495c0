package vn.health.notification;

import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import vn.health.testkit.JsonHttp;
import vn.health.testkit.security.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Who may do what in notification-service: endpoint × role × unit → status. The directory replica holds a small
 * province: {@code nx-syt} above {@code nx-cdc} above the districts {@code nx-a} and {@code nx-b}. A unit's inbox and
 * preferences are read by its own staff and the units above it, never by a sibling (no IDOR: {@code nx-b} reads
 * nothing of {@code nx-a}); only its own staff mark entries read; its preferences are changed by its own officers and
 * coordinators or the Sở's administrators; a person subscribes only themself; webhooks, their delivery log and the
 * audit trail are the Sở's (machine clients: only their own webhooks).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NotificationSecurityMatrixTests extends IntegrationTestSupport {

	private static final String DEFAULTS = "{\"unit\": \"nx-a\", \"channels\": [\"INBOX\", \"EMAIL\"]}";

	private static final String SUBSCRIPTION = "{\"unit\": \"nx-a\", \"name\": \"Trần Văn Nam\", "
			+ "\"email\": \"nam@nx-a.demo.syt.vn\", \"channels\": [\"EMAIL\"], \"eventTypes\": [\"report.due-soon\"]}";

	@LocalServerPort
	int port;

	private String entryOfA;

	@BeforeAll
	void aSmallProvinceWithAnAlertInTheInboxOfA() {
		signInAsProvinceAdmin();
		publishUnit("nx-syt", null);
		publishUnit("nx-cdc", null, "nx-syt");
		publishUnit("nx-a", null, "nx-cdc");
		publishUnit("nx-b", null, "nx-cdc");
		this.kafka.send(overdue("nx-a"));
		await().atMost(BROKER).until(() -> inbox("nx-a").total() > 0);
		this.entryOfA = inbox("nx-a").items().get(0).id();
	}

	static Stream<Arguments> reads() {
		return Stream.of(
				arguments("/api/notifications/inbox?unit=nx-a", "NONE", "nx-a", 401),
				arguments("/api/notifications/inbox?unit=nx-a", "UNIT_OFFICER", "nx-a", 200),
				arguments("/api/notifications/inbox?unit=nx-a", "VIEWER", "nx-a", 200),
				arguments("/api/notifications/inbox?unit=nx-a", "UNIT_OFFICER", "nx-b", 403),
				arguments("/api/notifications/inbox?unit=nx-a", "COORDINATOR", "nx-b", 403),
				arguments("/api/notifications/inbox?unit=nx-a", "INTEGRATION", "nx-b", 403),
				arguments("/api/notifications/inbox?unit=nx-a", "COORDINATOR", "nx-cdc", 200),
				arguments("/api/notifications/inbox?unit=nx-a", "VIEWER", "nx-syt", 200),
				arguments("/api/notifications/inbox?unit=nx-a", "PROVINCE_ADMIN", "nx-syt", 200),
				arguments("/api/notifications/inbox/unread-count?unit=nx-a", "UNIT_OFFICER", "nx-a", 200),
				arguments("/api/notifications/inbox/unread-count?unit=nx-a", "UNIT_OFFICER", "nx-b", 403),
				arguments("/api/notifications/preferences?unit=nx-a", "NONE", "nx-a", 401),
				arguments("/api/notifications/preferences?unit=nx-a", "UNIT_OFFICER", "nx-a", 200),
				arguments("/api/notifications/preferences?unit=nx-a", "UNIT_OFFICER", "nx-b", 403),
				arguments("/api/notifications/preferences?unit=nx-a", "COORDINATOR", "nx-cdc", 200),
				arguments("/api/notifications/preferences?unit=nx-a", "PROVINCE_ADMIN", "nx-syt", 200),
				arguments("/api/notifications/deliveries?unit=nx-a", "UNIT_OFFICER", "nx-a", 200),
				arguments("/api/notifications/deliveries?unit=nx-a", "UNIT_OFFICER", "nx-b", 403),
				arguments("/api/notifications/deliveries?unit=nx-a", "COORDINATOR", "nx-cdc", 200),
				arguments("/api/notifications/deliveries", "COORDINATOR", "nx-cdc", 400),
				arguments("/api/notifications/deliveries", "PROVINCE_ADMIN", "nx-syt", 200),
				arguments("/api/notifications/deliveries", "NONE", "nx-syt", 401),
				arguments("/api/webhooks", "PROVINCE_ADMIN", "nx-syt", 200),
				arguments("/api/webhooks", "INTEGRATION", "nx-syt", 200),
				arguments("/api/webhooks", "COORDINATOR", "nx-cdc", 403),
				arguments("/api/webhooks", "VIEWER", "nx-syt", 403),
				arguments("/api/webhooks", "NONE", "nx-syt", 401),
				arguments("/api/webhooks/deliveries", "PROVINCE_ADMIN", "nx-syt", 200),
				arguments("/api/webhooks/deliveries", "INTEGRATION", "nx-syt", 200),
				arguments("/api/webhooks/deliveries", "UNIT_OFFICER", "nx-a", 403),
				arguments("/api/notifications/audit", "PROVINCE_ADMIN", "nx-syt", 200),
				arguments("/api/notifications/audit", "COORDINATOR", "nx-cdc", 403),
				arguments("/api/notifications/audit", "INTEGRATION", "nx-syt", 403),
				arguments("/api/notifications/audit", "NONE", "nx-syt", 401));
	}

	@ParameterizedTest(name = "GET {0} as {1} of {2}: {3}")
	@MethodSource("reads")
	void reading(String path, String role, String unit, int expected) {
		assertStatus(caller(role, unit).get(path), expected);
	}

	static Stream<Arguments> streams() {
		return Stream.of(arguments("NONE", "nx-a", 401), arguments("UNIT_OFFICER", "nx-a", 200),
				arguments("UNIT_OFFICER", "nx-b", 403), arguments("COORDINATOR", "nx-cdc", 200),
				arguments("PROVINCE_ADMIN", "nx-syt", 200));
	}

	/** The stream is opened with the bearer header the gateway relays (EventSource itself sends none). */
	@ParameterizedTest(name = "nx-a's stream opened by {0} of {1}: {2}")
	@MethodSource("streams")
	void streaming(String role, String unit, int expected) throws Exception {
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/api/notifications/stream?unit=nx-a"))
			.header(HttpHeaders.ACCEPT, MediaType.TEXT_EVENT_STREAM_VALUE);
		token(role, unit).ifPresent((token) -> request.header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(token)));
		try (HttpClient client = HttpClient.newHttpClient()) {
			HttpResponse<InputStream> response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
			try (InputStream body = response.body()) {
				assertThat(response.statusCode()).isEqualTo(expected);
			}
			client.shutdownNow();
		}
	}

	static Stream<Arguments> markings() {
		return Stream.of(arguments("NONE", "nx-a", 401), arguments("UNIT_OFFICER", "nx-a", 200),
				arguments("COORDINATOR", "nx-a", 200), arguments("VIEWER", "nx-a", 403),
				arguments("UNIT_OFFICER", "nx-b", 403), arguments("COORDINATOR", "nx-cdc", 403),
				arguments("PROVINCE_ADMIN", "nx-syt", 403));
	}

	@ParameterizedTest(name = "nx-a's entry marked read by {0} of {1}: {2}")
	@MethodSource("markings")
	void markingRead(String role, String unit, int expected) {
		assertStatus(caller(role, unit).post("/api/notifications/inbox/" + this.entryOfA + "/read", null), expected);
		assertStatus(caller(role, unit).post("/api/notifications/inbox/read-all?unit=nx-a", null), expected);
	}

	static Stream<Arguments> preferenceChanges() {
		return Stream.of(arguments("NONE", "nx-a", 401), arguments("UNIT_OFFICER", "nx-a", 200),
				arguments("COORDINATOR", "nx-a", 200), arguments("PROVINCE_ADMIN", "nx-syt", 200),
				arguments("VIEWER", "nx-a", 403), arguments("INTEGRATION", "nx-a", 403),
				arguments("UNIT_OFFICER", "nx-b", 403), arguments("COORDINATOR", "nx-cdc", 403),
				arguments("VIEWER", "nx-syt", 403));
	}

	@ParameterizedTest(name = "nx-a's preferences changed by {0} of {1}: {2}")
	@MethodSource("preferenceChanges")
	void changingPreferences(String role, String unit, int expected) {
		assertStatus(caller(role, unit).put("/api/notifications/preferences", DEFAULTS), expected);
	}

	static Stream<Arguments> subscriptions() {
		return Stream.of(arguments("NONE", "nx-a", 401), arguments("UNIT_OFFICER", "nx-a", 201),
				arguments("VIEWER", "nx-a", 201), arguments("INTEGRATION", "nx-a", 403),
				arguments("UNIT_OFFICER", "nx-b", 403), arguments("COORDINATOR", "nx-cdc", 403),
				arguments("PROVINCE_ADMIN", "nx-syt", 403));
	}

	@ParameterizedTest(name = "a person of nx-a subscribed by {0} of {1}: {2}")
	@MethodSource("subscriptions")
	void subscribingAPerson(String role, String unit, int expected) {
		assertStatus(caller(role, unit).post("/api/notifications/subscribers", SUBSCRIPTION), expected);
	}

	static Stream<Arguments> webhookSubscriptions() {
		return Stream.of(arguments("NONE", 401), arguments("PROVINCE_ADMIN", 201), arguments("INTEGRATION", 201),
				arguments("COORDINATOR", 403), arguments("UNIT_OFFICER", 403), arguments("VIEWER", 403));
	}

	@ParameterizedTest(name = "a webhook subscribed by {0} of nx-syt: {1}")
	@MethodSource("webhookSubscriptions")
	void subscribingAWebhook(String role, int expected) {
		JsonHttp.Response created = caller(role, "nx-syt").post("/api/webhooks", webhook());

		assertStatus(created, expected);
		if (expected == 201) {
			assertThat(created.json().get("unitId").asString()).isEqualTo("nx-syt");
			this.http.delete().uri("/api/webhooks/{id}", created.json().get("id").asString()).exchange()
				.expectStatus().isNoContent();
		}
	}

	@Test
	void aMachineClientSeesAndManagesOnlyTheWebhooksItCreated() {
		JsonHttp own = client("lgsp-nx-1");
		JsonHttp other = client("lgsp-nx-2");
		String id = own.post("/api/webhooks", webhook("report.overdue")).json().get("id").asString();
		ProducerRecord<String, String> overdue = overdue("nx-b");
		this.kafka.send(overdue);
		String delivery = eventId(overdue) + "|" + id;
		await().atMost(BROKER).until(() -> ids(own.get("/api/webhooks/deliveries?size=100")).contains(delivery));

		assertThat(ids(other.get("/api/webhooks/deliveries?size=100"))).doesNotContain(delivery);
		assertStatus(other.get("/api/webhooks/deliveries/" + encoded(delivery)), 403);
		assertStatus(other.post("/api/webhooks/deliveries/" + encoded(delivery) + "/redeliver", null), 403);
		assertStatus(own.get("/api/webhooks/deliveries/" + encoded(delivery)), 200);

		assertStatus(other.get("/api/webhooks/" + id), 403);
		assertStatus(other.get("/api/webhooks/deliveries?subscription=" + id), 403);
		assertThat(ids(other.get("/api/webhooks?size=100"))).doesNotContain(id);
		assertThat(ids(own.get("/api/webhooks?size=100"))).containsExactly(id);
		assertStatus(own.get("/api/webhooks/" + id), 200);
		assertStatus(caller("PROVINCE_ADMIN", "nx-syt").get("/api/webhooks/" + id), 200);
		this.withToken(TestTokens.get().forClient("lgsp-nx-2", "nx-syt")).delete().uri("/api/webhooks/{id}", id)
			.exchange().expectStatus().isForbidden();
		this.withToken(TestTokens.get().forClient("lgsp-nx-1", "nx-syt")).delete().uri("/api/webhooks/{id}", id)
			.exchange().expectStatus().isNoContent();
	}

	@Test
	void whoChangedPreferencesSubscriptionsAndWebhooksIsInTheAuditTrail() {
		assertStatus(caller("COORDINATOR", "nx-b").put("/api/notifications/preferences",
				DEFAULTS.replace("nx-a", "nx-b")), 200);
		clock.set(WORKING_HOURS.plusSeconds(60));
		assertStatus(caller("UNIT_OFFICER", "nx-b").post("/api/notifications/subscribers",
				SUBSCRIPTION.replace("nx-a", "nx-b")), 201);

		JsonNode audit = caller("PROVINCE_ADMIN", "nx-syt").get("/api/notifications/audit?unit=nx-b").json();

		assertThat(audit.get("items").valueStream().map((entry) -> entry.get("action").asString() + " by "
				+ entry.get("by").asString() + " of " + entry.get("byUnitId").asString()))
			.containsExactly("SUBSCRIBED by user.nx-b of nx-b", "PREFERENCES_CHANGED by user.nx-b of nx-b");
	}

	private String webhook() {
		return webhook("plan.amended");
	}

	private static String webhook(String eventType) {
		return "{\"url\": \"" + providers.baseUrl() + "/matrix-hook\", \"eventTypes\": [\"" + eventType + "\"]}";
	}

	private static List<String> ids(JsonHttp.Response page) {
		return page.json().get("items").valueStream().map((item) -> item.get("id").asString()).toList();
	}

	private static String encoded(String pathSegment) {
		return URLEncoder.encode(pathSegment, StandardCharsets.UTF_8);
	}

	private JsonHttp client(String clientId) {
		return new JsonHttp("http://127.0.0.1:" + this.port).withBearer(TestTokens.get().forClient(clientId, "nx-syt"));
	}

	private JsonHttp caller(String role, String unitId) {
		JsonHttp anonymous = new JsonHttp("http://127.0.0.1:" + this.port);
		return token(role, unitId).map(anonymous::withBearer).orElse(anonymous);
	}

	private static Optional<String> token(String role, String unitId) {
		return switch (role) {
			case "NONE" -> Optional.empty();
			case "INTEGRATION" -> Optional.of(TestTokens.get().forClient("lgsp-" + unitId, unitId));
			default -> Optional.of(TestTokens.get().forUser(unitId, role));
		};
	}

	private static void assertStatus(JsonHttp.Response response, int expected) {
		assertThat(response.status()).as(response.toString()).isEqualTo(expected);
		if (expected >= 400) {
			assertThat(response.contentType()).startsWith("application/problem+json");
		}
	}

}
