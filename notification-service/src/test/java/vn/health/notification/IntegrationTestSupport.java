package vn.health.notification;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Predicate;

import com.github.tomakehurst.wiremock.WireMockServer;
import jakarta.mail.internet.MimeMessage;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

import vn.health.contracts.CloudEventHeaders;
import vn.health.contracts.EventType;
import vn.health.contracts.Topics;
import vn.health.notification.delivery.DeliveryLog;
import vn.health.notification.directory.UnitReplica;
import vn.health.notification.inbox.InboxEntry;
import vn.health.notification.inbox.InboxPage;
import vn.health.testkit.ContractSamples;
import vn.health.testkit.KafkaTestClient;
import vn.health.testkit.SharedInfrastructure;
import vn.health.testkit.WithRealInfrastructure;
import vn.health.testkit.security.TestTokens;
import vn.health.testkit.security.WithTestIssuer;

import static org.awaitility.Awaitility.await;
import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The service on a real broker, store, SMTP server and HTTP stubs. Every integration test class extends this one
 * and adds no annotations or properties of its own, so all of them share one Spring context (with the movable
 * clock) and the service's consumer groups, as the service runs in production. Tokens are checked against test-kit's
 * issuer, as in production: {@link #http} calls as the Sở's administrator, {@link #as} as anyone else.
 */
@WithRealInfrastructure
@WithTestIssuer
// The production back-off for an unknown recipient lasts minutes; the retry path is the same with short waits.
// Sweeps run only when a test calls them; loopback webhook receivers are allowed for the WireMock stub, whose
// breaker stays closed through a day of failures (the breaker waits in wall-clock time, the tests move a clock).
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "platform.security.enabled=true", "spring.cloud.stream.bindings.alertReporting-in-0.consumer.back-off-initial-interval=100",
				"spring.cloud.stream.bindings.alertReporting-in-0.consumer.back-off-max-interval=300",
				"spring.cloud.stream.bindings.alertEscalations-in-0.consumer.back-off-initial-interval=100",
				"spring.cloud.stream.bindings.alertEscalations-in-0.consumer.back-off-max-interval=300",
				"spring.cloud.stream.bindings.announceThemes-in-0.consumer.back-off-initial-interval=100",
				"spring.cloud.stream.bindings.announceThemes-in-0.consumer.back-off-max-interval=300",
				"notification.redelivery.period=1h", "notification.webhooks.period=1h", "notification.digest.period=1h",
				"notification.webhooks.allow-private-addresses=true",
				"resilience4j.timelimiter.configs.webhook.timeout-duration=5s",
				"resilience4j.circuitbreaker.configs.webhook.minimum-number-of-calls=50",
				"resilience4j.circuitbreaker.configs.webhook.sliding-window-size=50",
				"notification.zalo.templates.overdue=tpl-overdue", "notification.sms.api-key=test-key",
				"notification.zalo.access-token=test-token" })
@AutoConfigureRestTestClient
@Import(IntegrationTestSupport.MovedTime.class)
abstract class IntegrationTestSupport {

	static final Duration BROKER = Duration.ofSeconds(60);

	static final String GROUP = "notification-service";

	/** The group of escalations on {@code reporting.v1}. */
	static final String URGENT_GROUP = "notification-service-urgent";

	/** A Wednesday, 10:00 in Hà Nội: working hours, so nothing waits for the morning unless a test says so. */
	static final Instant WORKING_HOURS = OffsetDateTime.parse("2024-06-19T10:00+07:00").toInstant();

	static final MovableClock clock = new MovableClock(WORKING_HOURS);

	static final WireMockServer providers = StubServers.PROVIDERS;

	final JsonMapper json = JsonMapper.builder().build();

	final KafkaTestClient kafka = new KafkaTestClient(SharedInfrastructure.get().kafkaBootstrap());

	static final String ADMIN_UNIT = "syt";

	@Autowired
	RestTestClient anonymous;

	/** Signed in as a province administrator of {@link #ADMIN_UNIT}. */
	RestTestClient http;

	@Autowired
	UnitReplica units;

	@Autowired
	DeliveryLog deliveries;

	@Autowired
	MongoTemplate mongo;

	@DynamicPropertySource
	static void stubServers(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> StubServers.SMTP.getSmtp().getServerSetup().getBindAddress());
		registry.add("spring.mail.port", () -> StubServers.SMTP.getSmtp().getPort());
		registry.add("notification.sms.url", () -> providers.baseUrl() + "/sms/send");
		registry.add("notification.zalo.url", () -> providers.baseUrl() + "/zalo/message/template");
	}

	/** Several partitions, as in production, so dead letters from any partition must find their topic. */
	@BeforeAll
	static void reportingTopicHasSeveralPartitions() {
		new KafkaTestClient(SharedInfrastructure.get().kafkaBootstrap()).createTopic(Topics.REPORTING, 3);
	}

	@BeforeEach
	void signInAsProvinceAdmin() {
		this.http = as(ADMIN_UNIT, "PROVINCE_ADMIN");
	}

	/** Signed in as a user of {@code unitId} with these roles. */
	RestTestClient as(String unitId, String... roles) {
		return withToken(TestTokens.get().forUser(unitId, roles));
	}

	RestTestClient withToken(String token) {
		return this.anonymous.mutate().defaultHeader(HttpHeaders.AUTHORIZATION, TestTokens.bearer(token)).build();
	}

	@AfterEach
	void backToWorkingHours() {
		clock.set(WORKING_HOURS);
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class MovedTime {

		@Bean
		Clock clock() {
			return clock;
		}

	}

	void choose(String unit, String channels, String phone) {
		this.http.put()
			.uri("/api/notifications/preferences")
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"unit\": \"" + unit + "\", \"channels\": " + channels + ", \"phone\": \"" + phone
					+ "\", \"zaloPhone\": \"" + phone + "\"}")
			.exchange()
			.expectStatus()
			.isOk();
	}

	void publishUnit(String unitId, String email) {
		publishUnit(unitId, email, null);
	}

	void publishUnit(String unitId, String email, String parentId) {
		ObjectNode unit = sample(EventType.UNIT_UPSERTED);
		unit.put("unitId", unitId).put("name", "Đơn vị " + unitId).put("email", email).put("parentId", parentId);
		this.kafka.send(KafkaTestClient.cloudEvent(EventType.UNIT_UPSERTED, unitId, this.json.writeValueAsString(unit)));
		await().atMost(BROKER).until(() -> this.units.findById(unitId).isPresent());
	}

	ProducerRecord<String, String> overdue(String unitId) {
		return reportingEvent(EventType.REPORT_OVERDUE, unitId);
	}

	ProducerRecord<String, String> dueSoon(String unitId) {
		return reportingEvent(EventType.REPORT_DUE_SOON, unitId);
	}

	/** {@code lateUnit}'s report escalated to {@code supervisor}. */
	ProducerRecord<String, String> escalated(String lateUnit, String supervisor) {
		ProducerRecord<String, String> record = reportingEvent(EventType.REPORT_ESCALATED, lateUnit);
		ObjectNode event = (ObjectNode) this.json.readTree(record.value());
		event.put("supervisorUnitId", supervisor);
		return KafkaTestClient.cloudEvent(EventType.REPORT_ESCALATED, record.key(), this.json.writeValueAsString(event));
	}

	/** The contract sample of a {@code reporting.v1} event, for the obligation of {@code unitId}. */
	ProducerRecord<String, String> reportingEvent(EventType type, String unitId) {
		ObjectNode event = sample(type);
		String obligationId = event.get("planId").asString() + ".r1." + unitId;
		event.put("obligationId", obligationId).put("unitId", unitId);
		return KafkaTestClient.cloudEvent(type, obligationId, this.json.writeValueAsString(event));
	}

	ProducerRecord<String, String> themeUpcoming(String scope, List<String> unitIds) {
		ObjectNode theme = sample(EventType.THEME_UPCOMING);
		String occurrenceId = SharedInfrastructure.uniqueName("theme-20240324-day");
		String announcementId = scope + ":" + occurrenceId;
		theme.put("announcementId", announcementId).put("occurrenceId", occurrenceId).put("scope", scope);
		theme.putArray("unitIds").addAll(unitIds.stream().map(theme::textNode).toList());
		if (!"PLAN".equals(scope)) {
			theme.putNull("planId").putNull("planNumber");
		}
		return KafkaTestClient.cloudEvent(EventType.THEME_UPCOMING, announcementId, this.json.writeValueAsString(theme));
	}

	/** Sends the very record again, as the broker does after a rebalance, and waits until it is consumed. */
	void redeliver(String topic, String eventId) {
		this.kafka.resend(this.kafka.readUntil(topic, (read) -> read.stream().anyMatch(withEventId(eventId)), BROKER)
			.stream()
			.filter(withEventId(eventId))
			.findFirst()
			.orElseThrow());
		await().atMost(BROKER).until(() -> caughtUp(topic));
	}

	/** Every consumer group of the service that reads {@code topic} has handled all of it. */
	boolean caughtUp(String topic) {
		return this.kafka.caughtUp(GROUP, topic)
				&& (!Topics.REPORTING.equals(topic) || this.kafka.caughtUp(URGENT_GROUP, topic));
	}

	List<InboxEntry> inboxEntriesOf(String eventId) {
		return this.mongo.find(new Query(where("eventId").is(eventId)), InboxEntry.class);
	}

	static String eventId(ProducerRecord<String, String> record) {
		return header(record.headers().lastHeader(CloudEventHeaders.ID).value());
	}

	ObjectNode sample(EventType type) {
		return (ObjectNode) this.json.readTree(ContractSamples.json(type));
	}

	InboxPage inbox(String unit) {
		return this.http.get()
			.uri("/api/notifications/inbox?unit={unit}", unit)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(InboxPage.class)
			.returnResult()
			.getResponseBody();
	}

	static List<MimeMessage> emailsTo(String address) {
		return ReceivedMail.to(StubServers.SMTP, address);
	}

	static Predicate<ConsumerRecord<String, String>> withEventId(String eventId) {
		return (record) -> eventId.equals(KafkaTestClient.header(record, CloudEventHeaders.ID));
	}

	static List<String> keys(List<ConsumerRecord<String, String>> records) {
		return records.stream().map(ConsumerRecord::key).toList();
	}

	static String header(byte[] value) {
		return new String(value, StandardCharsets.UTF_8);
	}

}
