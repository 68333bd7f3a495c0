package vn.health.notification;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.github.tomakehurst.wiremock.matching.StringValuePattern;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;

import vn.health.contracts.CloudEventHeaders;
import vn.health.contracts.EventType;
import vn.health.contracts.Topics;
import vn.health.notification.delivery.DeliveryMetrics;
import vn.health.notification.webhook.WebhookDelivery;
import vn.health.notification.webhook.WebhookDeliveryStatus;
import vn.health.notification.webhook.WebhookDispatcher;
import vn.health.notification.webhook.WebhookSignature;
import vn.health.notification.webhook.WebhookSubscription;
import vn.health.testkit.KafkaTestClient;
import vn.health.testkit.SharedInfrastructure;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Outside systems subscribe to public events and receive them as signed CloudEvents, retried for a day. */
class WebhookIntegrationTests extends IntegrationTestSupport {

	@Autowired
	private WebhookDispatcher dispatcher;

	@Autowired
	private MeterRegistry meters;

	/** Every subscription of the public catalogue gets every matching event: one test's must not serve the next's. */
	@AfterEach
	void unsubscribeAll() {
		this.mongo.remove(new Query(), WebhookSubscription.class);
	}

	@Test
	void subscriberReceivesAnOverdueReportOnceAsASignedCloudEvent() throws Exception {
		String path = receiverPath();
		providers.stubFor(post(path).willReturn(ok()));
		Map<String, Object> subscription = subscribe(path, "report.overdue");
		String unit = SharedInfrastructure.uniqueName("ttyt-hook");
		publishUnit(unit, null);
		ProducerRecord<String, String> overdue = overdue(unit);

		this.kafka.send(overdue);
		WebhookDelivery pending = awaitDelivery(eventId(overdue), subscription);
		this.dispatcher.sendDue();
		redeliver(Topics.REPORTING, eventId(overdue));
		this.dispatcher.sendDue();

		List<LoggedRequest> received = providers
			.findAll(postRequestedFor(urlEqualTo(path)).withRequestBody(withId(overdue)));
		assertThat(received).hasSize(1);
		LoggedRequest request = received.get(0);
		assertThat(request.getHeader(WebhookSignature.HEADER))
			.isEqualTo(hmacSha256((String) subscription.get("secret"), request.getBody()));
		assertThat(request.getHeader("Content-Type")).startsWith("application/cloudevents+json");
		JsonNode cloudEvent = this.json.readTree(request.getBody());
		assertThat(cloudEvent.path("specversion").asString()).isEqualTo("1.0");
		assertThat(cloudEvent.path("id").asString()).isEqualTo(eventId(overdue));
		assertThat(cloudEvent.path("type").asString()).isEqualTo("vn.health.report.overdue");
		assertThat(cloudEvent.path("subject").asString()).isEqualTo(overdue.key());
		assertThat(cloudEvent.path("data").path("unitId").asString()).isEqualTo(unit);
		assertThat(delivery(pending.id())).extracting(WebhookDelivery::status, WebhookDelivery::attempts,
				WebhookDelivery::lastStatus)
			.containsExactly(WebhookDeliveryStatus.DELIVERED, 1, 200);
	}

	@Test
	void eachWebhookOutcomeIsPublishedForTheUnitThatOwnsTheSubscriptionAndCounted() {
		String path = receiverPath();
		providers.stubFor(post(path).willReturn(ok()));
		Map<String, Object> subscription = subscribe(path, "report.overdue");
		String unit = SharedInfrastructure.uniqueName("ttyt-hook-outcome");
		publishUnit(unit, null);
		ProducerRecord<String, String> overdue = overdue(unit);
		double deliveredBefore = webhookDeliveries("delivered");

		this.kafka.send(overdue);
		WebhookDelivery pending = awaitDelivery(eventId(overdue), subscription);
		this.dispatcher.sendDue();

		ConsumerRecord<String, String> outcome = this.kafka
			.readUntil(Topics.NOTIFICATIONS, (read) -> keys(read).contains(pending.id()), BROKER)
			.stream()
			.filter((record) -> pending.id().equals(record.key()))
			.findFirst()
			.orElseThrow();
		JsonNode delivered = this.json.readTree(outcome.value());
		assertThat(KafkaTestClient.header(outcome, CloudEventHeaders.TYPE))
			.isEqualTo(EventType.NOTIFICATION_DELIVERED.typeName());
		assertThat(delivered.path("unitId").asString()).isEqualTo(ADMIN_UNIT);
		assertThat(delivered.path("channel").asString()).isEqualTo("WEBHOOK");
		assertThat(delivered.path("sourceEventType").asString()).isEqualTo("vn.health.report.overdue");
		assertThat(webhookDeliveries("delivered")).isEqualTo(deliveredBefore + 1);
	}

	@Test
	void aTamperedBodyNoLongerMatchesTheSignature() throws Exception {
		String path = receiverPath();
		providers.stubFor(post(path).willReturn(ok()));
		Map<String, Object> subscription = subscribe(path, "report.submitted");
		ProducerRecord<String, String> submitted = reportingEvent(EventType.REPORT_SUBMITTED,
				SharedInfrastructure.uniqueName("tyt-submitted"));

		this.kafka.send(submitted);
		awaitDelivery(eventId(submitted), subscription);
		this.dispatcher.sendDue();

		LoggedRequest request = providers.findAll(postRequestedFor(urlEqualTo(path))).get(0);
		byte[] tampered = request.getBodyAsString().replace("\"unitId\"", "\"unitID\"").getBytes(StandardCharsets.UTF_8);
		assertThat(request.getHeader(WebhookSignature.HEADER))
			.isEqualTo(hmacSha256((String) subscription.get("secret"), request.getBody()))
			.isNotEqualTo(hmacSha256((String) subscription.get("secret"), tampered))
			.isNotEqualTo(hmacSha256("whsec_another", request.getBody()));
	}

	@Test
	void issuedPlanReachesItsSubscriberFromThePlansTopic() {
		String path = receiverPath();
		providers.stubFor(post(path).willReturn(ok()));
		Map<String, Object> subscription = subscribe(path, "plan.issued");
		String planId = SharedInfrastructure.uniqueName("plan");
		ObjectNode issued = sample(EventType.PLAN_ISSUED).put("planId", planId);
		ProducerRecord<String, String> event = KafkaTestClient.cloudEvent(EventType.PLAN_ISSUED, planId,
				this.json.writeValueAsString(issued));

		this.kafka.send(event);
		awaitDelivery(eventId(event), subscription);
		this.dispatcher.sendDue();

		JsonNode cloudEvent = this.json.readTree(providers.findAll(postRequestedFor(urlEqualTo(path))).get(0).getBody());
		assertThat(cloudEvent.path("type").asString()).isEqualTo("vn.health.plan.issued");
		assertThat(cloudEvent.path("data").path("planId").asString()).isEqualTo(planId);
	}

	@Test
	void aFailingThenSlowReceiverIsRetriedWithGrowingWaitsUntilItRecovers() {
		String path = receiverPath();
		ProducerRecord<String, String> overdue = overdue(knownUnit("tyt-flaky"));
		providers.stubFor(post(path).withRequestBody(withId(overdue)).inScenario(path)
			.whenScenarioStateIs(Scenario.STARTED).willReturn(serverError()).willSetStateTo("slow"));
		providers.stubFor(post(path).withRequestBody(withId(overdue)).inScenario(path).whenScenarioStateIs("slow")
			.willReturn(ok().withFixedDelay(9_000)).willSetStateTo("up"));
		providers.stubFor(post(path).withRequestBody(withId(overdue)).inScenario(path).whenScenarioStateIs("up")
			.willReturn(ok()));
		Map<String, Object> subscription = subscribe(path, "report.overdue");
		this.kafka.send(overdue);
		String id = awaitDelivery(eventId(overdue), subscription).id();

		this.dispatcher.sendDue();
		WebhookDelivery afterError = delivery(id);
		assertThat(afterError).as(afterError.lastError()).extracting(WebhookDelivery::status, WebhookDelivery::attempts,
				WebhookDelivery::lastStatus, WebhookDelivery::nextAttemptAt)
			.containsExactly(WebhookDeliveryStatus.PENDING, 1, 500, WORKING_HOURS.plus(Duration.ofMinutes(1)));

		clock.set(afterError.nextAttemptAt());
		this.dispatcher.sendDue();
		WebhookDelivery afterTimeout = delivery(id);
		assertThat(afterTimeout.lastError()).contains("Timeout");
		assertThat(afterTimeout.nextAttemptAt()).isEqualTo(afterError.nextAttemptAt().plus(Duration.ofMinutes(2)));

		clock.set(afterTimeout.nextAttemptAt());
		this.dispatcher.sendDue();
		assertThat(delivery(id)).extracting(WebhookDelivery::status, WebhookDelivery::attempts)
			.containsExactly(WebhookDeliveryStatus.DELIVERED, 3);
	}

	@Test
	void aReceiverDownForADayEndsFailedAndAnOperatorRedeliversIt() {
		String path = receiverPath();
		ProducerRecord<String, String> overdue = overdue(knownUnit("tyt-down"));
		providers.stubFor(post(path).withRequestBody(withId(overdue)).willReturn(aResponse().withStatus(503)));
		Map<String, Object> subscription = subscribe(path, "report.overdue");
		this.kafka.send(overdue);
		String id = awaitDelivery(eventId(overdue), subscription).id();

		this.dispatcher.sendDue();
		while (delivery(id).status() == WebhookDeliveryStatus.PENDING) {
			clock.set(delivery(id).nextAttemptAt());
			this.dispatcher.sendDue();
		}

		WebhookDelivery dead = delivery(id);
		assertThat(dead.status()).isEqualTo(WebhookDeliveryStatus.FAILED);
		assertThat(Duration.between(dead.firstAttemptAt(), dead.lastAttemptAt())).isGreaterThanOrEqualTo(Duration.ofHours(24));
		providers.verify(dead.attempts(), postRequestedFor(urlEqualTo(path)).withRequestBody(withId(overdue)));
		this.http.get()
			.uri("/api/webhooks/deliveries?subscription={id}&status=FAILED&eventType=report.overdue&from=2024-06-19",
					subscription.get("id"))
			.exchange()
			.expectBody()
			.jsonPath("$.total").isEqualTo(1)
			.jsonPath("$.items[0].id").isEqualTo(id);

		providers.stubFor(post(path).willReturn(ok()));
		this.http.post()
			.uri("/api/webhooks/deliveries/{id}/redeliver", id)
			.exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.status").isEqualTo("DELIVERED")
			.jsonPath("$.manualRedeliveries").isEqualTo(1)
			.jsonPath("$.eventType").isEqualTo("report.overdue");
	}

	@Test
	void aPendingDeliveryCannotBeRedeliveredByHand() {
		String path = receiverPath();
		Map<String, Object> subscription = subscribe(path, "report.overdue");
		ProducerRecord<String, String> overdue = overdue(knownUnit("tyt-pending"));
		this.kafka.send(overdue);
		String id = awaitDelivery(eventId(overdue), subscription).id();

		this.http.post()
			.uri("/api/webhooks/deliveries/{id}/redeliver", id)
			.exchange()
			.expectStatus().isEqualTo(409)
			.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void aSubscriptionIsListedShownWithoutItsSecretAndDeleted() {
		Map<String, Object> subscription = subscribe(receiverPath(), "report.escalated");
		String id = (String) subscription.get("id");
		assertThat((String) subscription.get("secret")).startsWith("whsec_").hasSizeGreaterThan(40);

		this.http.get().uri("/api/webhooks/{id}", id).exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.eventTypes").isEqualTo(List.of("report.escalated"))
			.jsonPath("$.secret").doesNotExist();
		this.http.get().uri("/api/webhooks?size=100").exchange()
			.expectBody()
			.jsonPath("$.items[?(@.id == '" + id + "')].secret").isEmpty();
		this.http.delete().uri("/api/webhooks/{id}", id).exchange().expectStatus().isNoContent();

		this.http.get().uri("/api/webhooks/{id}", id).exchange().expectStatus().isNotFound();
		this.http.delete().uri("/api/webhooks/{id}", id).exchange().expectStatus().isNotFound();
	}

	@Test
	void aNonHttpUrlAndAnUnknownEventTypeAreRejectedTogetherAndNothingIsStored() {
		long before = this.mongo.getCollection("webhook_subscriptions").countDocuments();

		this.http.post()
			.uri("/api/webhooks")
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"url\": \"file:///etc/passwd\", \"eventTypes\": [\"report.overdue\", \"report.deleted\"]}")
			.exchange()
			.expectStatus().isBadRequest()
			.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.errors[*].field").isEqualTo(List.of("eventTypes", "url"))
			.jsonPath("$.errors[1].message").isEqualTo("Chỉ chấp nhận địa chỉ http hoặc https")
			.jsonPath("$.errors[1].messageEn").isEqualTo("Only http and https URLs are accepted");

		assertThat(this.mongo.getCollection("webhook_subscriptions").countDocuments()).isEqualTo(before);
	}

	@Test
	void aSubscriptionWithoutEventTypesIsABadRequest() {
		this.http.post()
			.uri("/api/webhooks")
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"url\": \"" + providers.baseUrl() + "/hooks/none\", \"eventTypes\": []}")
			.exchange()
			.expectStatus().isBadRequest()
			.expectBody()
			.jsonPath("$.errors[*].field").isEqualTo(List.of("eventTypes"));
	}

	@Test
	void theDeliveryLogRejectsAnUnknownStatusAndABackwardRange() {
		this.http.get()
			.uri("/api/webhooks/deliveries?status=LOST&from=2024-06-20&to=2024-06-19")
			.exchange()
			.expectStatus().isBadRequest()
			.expectBody()
			.jsonPath("$.errors[*].field").isEqualTo(List.of("status", "to"));
	}

	private Map<String, Object> subscribe(String path, String eventType) {
		return this.http.post()
			.uri("/api/webhooks")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("url", providers.baseUrl() + path, "eventTypes", List.of(eventType)))
			.exchange()
			.expectStatus().isCreated()
			.expectBody(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody();
	}

	private WebhookDelivery awaitDelivery(String eventId, Map<String, Object> subscription) {
		String id = eventId + "|" + subscription.get("id");
		await().atMost(BROKER).until(() -> this.mongo.findById(id, WebhookDelivery.class) != null);
		return delivery(id);
	}

	private double webhookDeliveries(String outcome) {
		Counter counter = this.meters.find(DeliveryMetrics.DELIVERIES).tags("channel", "WEBHOOK", "outcome", outcome)
			.counter();
		return (counter != null) ? counter.count() : 0;
	}

	private WebhookDelivery delivery(String id) {
		return this.mongo.findById(id, WebhookDelivery.class);
	}

	/**
	 * The body of one event: a subscription may also get an event published before it was made, when the consumer
	 * retries that event (e.g. while another test's unit is unknown), and such a stray delivery must not take the
	 * stub's answers.
	 */
	private static StringValuePattern withId(ProducerRecord<String, String> event) {
		return matchingJsonPath("$.id", equalTo(eventId(event)));
	}

	/** A unit in the replica, so the overdue alert to it succeeds at once and the event is not consumed again. */
	private String knownUnit(String prefix) {
		String unit = SharedInfrastructure.uniqueName(prefix);
		publishUnit(unit, null);
		return unit;
	}

	private static String receiverPath() {
		return "/hooks/" + SharedInfrastructure.uniqueName("receiver");
	}

	/** What a receiver computes: HMAC-SHA256 of the raw body with the secret it was given, in lower-case hex. */
	private static String hmacSha256(String secret, byte[] body) throws Exception {
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
		return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
	}

}
