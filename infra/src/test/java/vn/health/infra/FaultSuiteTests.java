package vn.health.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.bson.conversions.Bson;
import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import org.springframework.util.FileSystemUtils;

import vn.health.contracts.CloudEventHeaders;
import vn.health.contracts.EventType;
import vn.health.contracts.Topics;
import vn.health.infra.mail.LocalMailServer;
import vn.health.infra.process.PortOpen;
import vn.health.testkit.JsonHttp;
import vn.health.testkit.KafkaTestClient;
import vn.health.testkit.security.IssuerTokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue #12, the fault suite: the real broker and store as processes, the service jars the build just made, two
 * instances each of reporting-service and notification-service (they share sweeps through leases, partitions through
 * their consumer groups and deliveries through claims), and a plan issued to many units with four requirements.
 * While its obligations are created, swept overdue and alerted, the first reporting-service is killed (SIGKILL), the
 * broker restarted and the store stopped for 30 s; afterwards every event is redelivered twice, keys out of their
 * order, and both instances of each service are shown to hold partitions; the first notification-service is killed
 * while an SMS is in the provider's hands; poison goes to the dead-letter topics and back after the fix; the first
 * reporting-service stops gracefully while a plan is issued, and starts again. Every count is exact, and printed as a
 * table at the end.
 *
 * <p>Size: the issue's 2,000 units (8,000 obligations), about ten minutes on two cores; {@code -DfaultSuite.units=150}
 * for a quicker run by hand (600 obligations: still two of the sweep's batches of 500 and thirty of the e-mail
 * workers' batches of 20). infra/README.md has the measured times.
 */
@Tag("faults")
@TestMethodOrder(OrderAnnotation.class)
class FaultSuiteTests {

	private static final int UNITS = Integer.getInteger("faultSuite.units", 2000);

	private static final int REQUIREMENTS = 4;

	private static final int OBLIGATIONS = UNITS * REQUIREMENTS;

	/** Of reporting-service and of notification-service; the faults hit the first, named like the service. */
	private static final int INSTANCES = 2;

	/**
	 * Generous: the two cores may be shared; a real fault shows as a wrong count, not as a slow one. 20 minutes at
	 * 2,000 units, whose longest wait took about 3; a hang still ends well within CI's 90 minutes, with the table.
	 */
	private static final Duration WAIT = Duration.ofMinutes(Math.max(4, OBLIGATIONS / 400));

	private static final Duration STORE_OUTAGE = Duration.ofSeconds(30);

	/**
	 * reporting-service's sweep lease (Leases): a SIGKILL during the overdue sweep leaves the lease held this
	 * long, and no instance sweeps until it expires (docs/operations.md, "Graceful shutdown", step 5).
	 */
	private static final Duration SWEEP_LEASE = Duration.ofMinutes(10);

	/** notification-service's claim lease after the store outage (step 5): a restart takes about as long. */
	private static final Duration RESTARTED_LEASE = Duration.ofSeconds(30);

	/**
	 * notification-service's Kafka session (the client's default is 45 s): the instance killed in step 5 holds its
	 * partitions until the broker misses its heartbeats this long, and step 6 waited for that. A test setting: the
	 * heartbeat still goes every 3 s.
	 */
	private static final Duration KAFKA_SESSION = Duration.ofSeconds(15);

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	/**
	 * The deadline of the plans whose alerts are counted: two weeks ago, so that the overdue alert's morning (08:00 of
	 * the first working day after the last day on time, even across Tết) has passed whenever the suite runs.
	 */
	private static final LocalDate OVERDUE_SINCE = LocalDate.now(VIETNAM).minusDays(14);

	private static final String OVERDUE = EventType.REPORT_OVERDUE.typeName();

	private static final String MAIL_DOMAIN = "@fault-suite.example.vn";

	/** Rows of the table printed at the end: what, expected, found. */
	private static final Map<String, long[]> COUNTS = new LinkedHashMap<>();

	private static final Map<String, String> TIMES = new LinkedHashMap<>();

	static GreenMail mail;

	static HeldSmsGateway sms;

	static Platform platform;

	/** The Sở's administrator {@code syt}, signed in: the directory, plans and sweeps are its. */
	static String adminToken;

	static JsonHttp plans;

	static JsonHttp reporting;

	static JsonHttp notifications;

	static KafkaTestClient kafka;

	static TopicRecords topics;

	static MongoClient mongo;

	static List<String> unitIds;

	static String planId;

	/** The poisoned records' event ids, by the dead-letter topic each must end in. */
	static final Map<String, List<String>> POISON = new TreeMap<>();

	/** A real unit whose replica entry in notification-service is lost: its alert breaks the consumer's invariant. */
	static String forgottenUnitId;

	@BeforeAll
	static void startThePlatform() throws Exception {
		Path dataDir = RepositoryFiles.root().resolve("infra/target/faults");
		FileSystemUtils.deleteRecursively(dataDir);
		mail = LocalMailServer.on(ServerSetupTest.SMTP.dynamicPort());
		mail.start();
		sms = new HeldSmsGateway();
		Instant started = Instant.now();
		platform = new Platform(PlatformOptions.builder(RepositoryFiles.root(), dataDir)
			.ports(Ports.free())
			// The API is called on the services directly with real tokens; the console, the gateway and the
			// calendar take no part in these faults and would only share the two cores.
			.only("mongo", "kafka", "auth-server", "plan-service", "reporting-service", "notification-service")
			.instances("reporting-service", INSTANCES)
			.instances("notification-service", INSTANCES)
			.externalSmtp("127.0.0.1", mail.getSmtp().getPort())
			.environment("notification-service", "NOTIFICATION_QUIETHOURS_OVERDUEALERTURGENT", "true")
			.environment("notification-service", "SMS_GATEWAY_URL", sms.url())
			.environment("notification-service", "SMS_API_KEY", "fault-suite")
			// Half of this lease outlasts the store outage, so no outcome of a message sent is lost to it; once the
			// outage is over, the kill in step 5 restarts the instances with RESTARTED_LEASE.
			.environment("notification-service", "NOTIFICATION_REDELIVERY_LEASE", "90s")
			// Test settings, not fixes: the provider contract's 10 e-mails/s would make thousands of alerts
			// wait minutes in DEFERRED, and the 2 min back-off for an unknown unit would outlast the suite.
			.environment("notification-service", "SPRING_APPLICATION_JSON", """
					{"resilience4j.ratelimiter.instances.email.limit-for-period": 2000,
					 "spring.cloud.stream.bindings.alertReporting-in-0.consumer.back-off-initial-interval": 200,
					 "spring.cloud.stream.bindings.alertReporting-in-0.consumer.back-off-multiplier": 1.0,
					 "spring.cloud.stream.bindings.alertReporting-in-0.consumer.back-off-max-interval": 200,
					 "spring.cloud.stream.kafka.binder.consumer-properties.session.timeout.ms": %d}"""
				.formatted(KAFKA_SESSION.toMillis()))
			.readyTimeout(Duration.ofSeconds(240))
			.build());
		platform.start();
		TIMES.put("platform started", seconds(started));
		kafka = new KafkaTestClient(platform.url("kafka"));
		topics = new TopicRecords(platform.url("kafka"));
		mongo = MongoClients.create(platform.url("mongo"));
	}

	/** Tokens last 10 minutes, less than the suite: each step signs in again. */
	@BeforeEach
	void signInAsTheSosAdministrator() {
		// The gateway need not run: the redirect to it is only read, not followed
		adminToken = new IssuerTokens(platform.url("auth-server")).signedIn("syt", "demo",
				platform.url("gateway") + "/login/oauth2/code/console");
		plans = new JsonHttp(platform.url("plan-service")).withBearer(adminToken);
		reporting = new JsonHttp(platform.url("reporting-service")).withBearer(adminToken);
		notifications = new JsonHttp(platform.url("notification-service")).withBearer(adminToken);
	}

	@AfterAll
	static void stopThePlatform() {
		printTable();
		if (mongo != null) {
			mongo.close();
		}
		if (platform != null) {
			platform.close();
		}
		if (sms != null) {
			sms.close();
		}
		mail.stop();
	}

	@Test
	@Order(1)
	void theUnitsReachEveryReplica() throws Exception {
		Instant started = Instant.now();
		JsonHttp.Response centre = plans.post("/api/units", """
				{"name": "Trung tâm Y tế huyện Thử Lỗi", "type": "DISTRICT_HEALTH_CENTRE", "parentId": "cdc",
				 "code": "FS-TTYT", "email": "ttyt%s"}""".formatted(MAIL_DOMAIN));
		assertThat(centre.status()).as(centre.toString()).isEqualTo(201);
		StringBuilder csv = new StringBuilder("Mã đơn vị;Tên đơn vị;Loại;Đơn vị cấp trên;Email\n");
		IntStream.rangeClosed(1, UNITS)
			.forEach((n) -> csv.append("FS%05d;Trạm Y tế thử lỗi %05d;Trạm Y tế xã;FS-TTYT;tyt-%05d%s\n"
				.formatted(n, n, n, MAIL_DOMAIN)));
		HttpResponse<String> imported = upload("/api/units/import", "don-vi.csv", csv.toString());
		assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
		unitIds = new ArrayList<>();
		for (JsonNode row : new JsonHttp.Response(200, "application/json", null, imported.body()).json().get("rows")) {
			unitIds.add(row.get("unitId").asString());
		}
		count("units imported", UNITS, unitIds.size());

		await().atMost(WAIT).until(() -> replicated("notification") == UNITS && replicated("reporting") == UNITS);
		count("units in notification-service's replica", UNITS, replicated("notification"));
		count("units in reporting-service's replica", UNITS, replicated("reporting"));
		TIMES.put("directory of " + UNITS + " units imported and replicated", seconds(started));
	}

	/** Sent before the plan, so they are retried and dead-lettered while the consumers work through it. */
	@Test
	@Order(2)
	void poisonIsSentWhileTheConsumersHaveWorkToDo() {
		JsonHttp.Response forgotten = plans.post("/api/units", """
				{"name": "Trạm Y tế bị quên", "type": "COMMUNE_HEALTH_STATION", "parentId": "cdc",
				 "email": "bi-quen%s"}""".formatted(MAIL_DOMAIN));
		assertThat(forgotten.status()).as(forgotten.toString()).isEqualTo(201);
		forgottenUnitId = forgotten.json().get("id").asString();
		await().atMost(WAIT).until(() -> documents(units("notification"), Filters.eq("_id", forgottenUnitId)) == 1);
		// A replica that lost one unit (e.g. restored from an older backup): the alert for it cannot be addressed.
		units("notification").deleteOne(Filters.eq("_id", forgottenUnitId));

		ProducerRecord<String, String> malformed = KafkaTestClient.cloudEvent(EventType.PLAN_ISSUED, "fs-malformed",
				"{\"planId\": \"fs-malformed\", \"requirements\": [");
		ProducerRecord<String, String> unknownType = KafkaTestClient.cloudEvent(EventType.REPORT_OVERDUE,
				"fs-unknown-type", "{}");
		unknownType.headers().remove(CloudEventHeaders.TYPE);
		unknownType.headers().add(CloudEventHeaders.TYPE, "vn.health.report.unheard-of".getBytes(StandardCharsets.UTF_8));
		Instant dueAt = LocalDate.now(VIETNAM).atStartOfDay(VIETNAM).toInstant();
		ProducerRecord<String, String> unaddressable = KafkaTestClient.cloudEvent(EventType.REPORT_OVERDUE,
				"fs-poison.r1." + forgottenUnitId, """
						{"obligationId": "fs-poison.r1.%1$s", "planId": "fs-poison", "planNumber": "13/KH-THU",
						 "planTitle": "Kế hoạch thử thư độc", "requirementTitle": "Báo cáo của đơn vị bị quên",
						 "unitId": "%1$s", "recipientUnitId": "cdc", "dueAt": "%2$s", "detectedAt": "%3$s"}"""
					.formatted(forgottenUnitId, dueAt, Instant.now()));
		for (ProducerRecord<String, String> poison : List.of(malformed, unknownType, unaddressable)) {
			kafka.send(poison);
		}
		POISON.put(Topics.deadLetter(Topics.PLANS, "reporting-service"), List.of(id(malformed)));
		POISON.put(Topics.deadLetter(Topics.PLANS, "notification-service"), List.of(id(malformed)));
		POISON.put(Topics.deadLetter(Topics.REPORTING, "notification-service"),
				List.of(id(unknownType), id(unaddressable)));
	}

	@Test
	@Order(3)
	void aPlanToEveryUnitSurvivesAKilledServiceABrokerRestartAndAStoreOutage() {
		Instant started = Instant.now();
		planId = issuePlan(unitIds, REQUIREMENTS, OVERDUE_SINCE);

		// Killed while it creates the obligations (or, on a fast machine, while it sweeps and relays them).
		await().atMost(WAIT).pollInterval(Duration.ofMillis(20)).until(() -> obligations(planId) > 0);
		platform.kill("reporting-service");
		TIMES.put("reporting-service killed (SIGKILL) with obligations created",
				obligations(planId) + " of " + OBLIGATIONS + ", events relayed " + ofPlan(topics.all(Topics.REPORTING)).size()
						+ " of " + 2 * OBLIGATIONS);
		platform.start("reporting-service");

		Instant broker = Instant.now();
		platform.restart("kafka");
		TIMES.put("broker restarted in", seconds(broker));

		platform.stop("mongo");
		PortOpen store = new PortOpen(Ports.HOST, Integer.parseInt(platform.url("mongo").replaceAll(".*:", "")));
		await().during(STORE_OUTAGE).atMost(STORE_OUTAGE.plusSeconds(10)).until(() -> !store.check());
		platform.start("mongo");
		Instant storeBack = Instant.now();
		TIMES.put("store stopped for", STORE_OUTAGE.toSeconds() + " s");

		await().atMost(WAIT.plus(SWEEP_LEASE)).pollInterval(Duration.ofSeconds(2))
			// GreenMail last: reading thousands of messages' headers every poll took the CPU the services needed, while
			// the store answers these counts from its indexes; an e-mail recorded SENT was in GreenMail before
			.until(() -> reached("every obligation OVERDUE", obligations(planId, "OVERDUE") == OBLIGATIONS, storeBack)
					&& reached("every alert recorded (inbox)", overdueDeliveries("INBOX", "SENT") == OBLIGATIONS, storeBack)
					&& reached("every alert e-mail SENT", overdueDeliveries("EMAIL", "SENT") == OBLIGATIONS, storeBack)
					&& overdueMails().size() >= OBLIGATIONS);
		await().atMost(WAIT).pollInterval(Duration.ofSeconds(2)).until(() -> overdueMails().size() >= OBLIGATIONS
				&& eventIdsOfThePlan().values().stream().mapToInt(Set::size).sum() >= 2 * OBLIGATIONS);
		awaitCaughtUp();
		TIMES.put("plan of " + OBLIGATIONS + " obligations issued, swept and alerted, faults included", seconds(started));
		// ObligationConsumers logs "PLAN_ISSUED of plan <id>: n obligation(s) created" once it has handled the event; a
		// killed instance never does, and whoever handles it after the kill finds the obligations it wrote
		TIMES.put("instances whose log shows they handled the plan's PlanIssued", instancesOf("reporting-service").stream()
			.filter((instance) -> log(instance).contains(" of plan " + planId + ":"))
			.toList()
			.toString());

		assertEveryObligationAndAlertOnce("after the faults");
	}

	@Test
	@Order(4)
	void everyEventRedeliveredTwiceAndOutOfKeyOrderChangesNothing() {
		Instant started = Instant.now();
		awaitCaughtUp();
		List<ConsumerRecord<String, String>> reportingBefore = ofPlan(topics.all(Topics.REPORTING));
		// At least once: a send the broker took but could not acknowledge before it stopped is sent again, with
		// the same event id, which consumers skip (distinct ids are counted above).
		TIMES.put("records on reporting.v1 for the plan's " + 2 * OBLIGATIONS + " events",
				reportingBefore.size() + " (" + (reportingBefore.size() - 2 * OBLIGATIONS) + " sent again by the relay)");

		List<ConsumerRecord<String, String>> events = new ArrayList<>();
		for (String topic : List.of(Topics.DIRECTORY_UNITS, Topics.PLANS, Topics.REPORTING)) {
			events.addAll(topics.all(topic).stream().filter((r) -> !isPoison(r)).toList());
		}
		List<ConsumerRecord<String, String>> copies = new ArrayList<>(outOfKeyOrder(events));
		copies.addAll(outOfKeyOrder(events));
		topics.resend(copies);
		count("copies redelivered (every event twice)", 2L * events.size(), copies.size());

		awaitCaughtUp();
		count("records on reporting.v1 for the plan after the redelivery (originals + 2 copies, nothing new)",
				3L * reportingBefore.size(), ofPlan(topics.all(Topics.REPORTING)).size());
		assertEveryObligationAndAlertOnce("after every event twice");
		TIMES.put("redelivery of " + copies.size() + " copies handled in", seconds(started));
		everyInstanceHoldsPartitionsOfItsGroup("reporting-service");
		everyInstanceHoldsPartitionsOfItsGroup("notification-service");
	}

	/**
	 * The broker shares the group's partitions among the instances: each holds some, and each holds one of the
	 * directory's (every partition of it had records redelivered above, so each instance consumed some). Either
	 * binding of the directory has one consumer per instance and the topic three partitions, so this does not depend
	 * on how the assignor orders the members.
	 */
	private static void everyInstanceHoldsPartitionsOfItsGroup(String service) {
		Map<String, Path> logs = instancesOf(service).stream()
			.collect(Collectors.toMap((instance) -> instance, platform::logFile, (a, b) -> a, LinkedHashMap::new));
		ConsumerGroupShares shares = new ConsumerGroupShares(platform.url("kafka"));
		Map<String, List<TopicPartition>> held = await().atMost(WAIT)
			.until(() -> shares.held(service, logs), Optional::isPresent)
			.orElseThrow();
		held.forEach((instance, partitions) -> TIMES.put("partitions of group " + service + " held by " + instance,
				partitions.size() + " " + partitions.stream().map(TopicPartition::toString).sorted().toList()));
		count(service + " instances holding partitions of its consumer group", INSTANCES,
				held.values().stream().filter((partitions) -> !partitions.isEmpty()).count());
		count(service + " instances holding partitions of " + Topics.DIRECTORY_UNITS, INSTANCES, held.values().stream()
			.filter((partitions) -> partitions.stream().anyMatch((p) -> p.topic().equals(Topics.DIRECTORY_UNITS)))
			.count());
	}

	/**
	 * notification-service records before it sends (record, claim, send, outcome): killed while the provider holds
	 * the SMS, the delivery stays claimed, so neither the redelivered alert nor the restarted service sends it again
	 * — at most once (notification-service README, "Record, then send"). After the lease it ends UNCONFIRMED for an
	 * operator. The e-mail and the inbox, done before, are not repeated. The second instance is stopped meanwhile, as
	 * it could claim the SMS itself and the kill would then miss the send; it starts again beside the killed one, so
	 * both see the redelivered alert and neither sends the SMS.
	 */
	@Test
	@Order(5)
	void notificationServiceKilledBetweenSendAndRecordSendsTheSmsOnceAndLeavesItUnconfirmed() {
		Instant started = Instant.now();
		JsonHttp.Response unit = plans.post("/api/units", """
				{"name": "Trạm Y tế nhận SMS", "type": "COMMUNE_HEALTH_STATION", "parentId": "cdc",
				 "email": "nhan-sms%s", "phone": "0912 345 678"}""".formatted(MAIL_DOMAIN));
		assertThat(unit.status()).as(unit.toString()).isEqualTo(201);
		String smsUnit = unit.json().get("id").asString();
		JsonHttp.Response chosen = notifications.put("/api/notifications/preferences", """
				{"unit": "%s", "channels": ["INBOX", "EMAIL", "SMS"], "phone": "0912 345 678"}""".formatted(smsUnit));
		assertThat(chosen.status()).as(chosen.toString()).isEqualTo(200);
		await().atMost(WAIT).until(() -> documents(units("notification"), Filters.eq("_id", smsUnit)) == 1
				&& documents(units("reporting"), Filters.eq("_id", smsUnit)) == 1);

		platform.stop("notification-service-2");
		String smsPlan = issuePlan(List.of(smsUnit), 1, OVERDUE_SINCE);
		await().atMost(WAIT).until(() -> obligations(smsPlan) == 1);
		sweepOverdue();
		Bson ofUnit = Filters.eq("recipientUnitId", smsUnit);
		Bson smsDelivery = Filters.and(ofUnit, Filters.eq("channel", "SMS"));
		await().atMost(WAIT).until(() -> sms.received().size() == 1 && documents(deliveries(),
				Filters.and(ofUnit, Filters.eq("channel", "EMAIL"), Filters.eq("status", "SENT"))) == 1);
		platform.kill("notification-service");
		sms.release();
		// The store outage the 90 s lease had to outlast is over: from their restart, the instances end a claim
		// abandoned this long ago, and the SMS's claim (made before the kill) is not waited out for another minute
		instancesOf("notification-service").forEach((instance) -> platform.setEnvironment(instance,
				"NOTIFICATION_REDELIVERY_LEASE", RESTARTED_LEASE.toSeconds() + "s"));
		Instant restarted = Instant.now();
		// Every instance that is not running: both notification-service instances, side by side
		platform.start();

		Bson unconfirmed = Filters.and(smsDelivery, Filters.eq("status", "UNCONFIRMED"));
		await().atMost(WAIT).until(() -> documents(deliveries(), unconfirmed) == 1);
		TIMES.put("SMS claim killed in flight ended UNCONFIRMED, after the restart began, in", seconds(restarted));
		awaitCaughtUp();
		count("SMS the provider received for the alert killed in flight (at most once)", 1, sms.received().size());
		count("SMS delivery lines recorded, UNCONFIRMED", 1, documents(deliveries(), unconfirmed));
		count("e-mails to that unit (sent before the kill, not repeated)", 1, mailsTo("nhan-sms" + MAIL_DOMAIN).size());
		count("inbox entries of that unit", 1, documents(inbox(), Filters.eq("unitId", smsUnit)));
		TIMES.put("notification-service killed with an SMS in flight, restarted and caught up, in", seconds(started));
	}

	@Test
	@Order(6)
	void deadLetterTopicsHoldOnlyThePoisonAndTheFixedOneIsDeliveredAfterTheReplay() throws Exception {
		Instant started = Instant.now();
		Map<String, List<String>> found = deadLetters();
		POISON.forEach((dlq, ids) -> count("dead letters in " + dlq, ids.size(), found.getOrDefault(dlq, List.of()).size()));
		count("dead-letter topics", POISON.size(), found.size());
		// Kafka orders a topic per partition only: poison of different keys is dead-lettered in either order
		assertThat(found.keySet()).isEqualTo(POISON.keySet());
		POISON.forEach((dlq, ids) -> assertThat(found.get(dlq)).as(dlq).containsExactlyInAnyOrderElementsOf(ids));

		// The fix: the directory announces the unit again (any edit does), and the replica has it back.
		JsonHttp.Response current = plans.get("/api/units/" + forgottenUnitId);
		JsonHttp.Response edited = plans.put("/api/units/" + forgottenUnitId, """
				{"name": "Trạm Y tế bị quên", "type": "COMMUNE_HEALTH_STATION", "parentId": "cdc",
				 "email": "bi-quen%s", "phone": "0204 3855 111"}""".formatted(MAIL_DOMAIN));
		assertThat(current.status()).isEqualTo(200);
		assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
		await().atMost(WAIT).until(() -> documents(units("notification"), Filters.eq("_id", forgottenUnitId)) == 1);
		TIMES.put("the forgotten unit back in notification-service's replica, after step 6 began, in", seconds(started));

		String dlq = Topics.deadLetter(Topics.REPORTING, "notification-service");
		String listed = deadLetterReplay("--bootstrap", platform.url("kafka"), "--dlq", dlq, "--list");
		count("records listed by DeadLetterReplay --list", 2, listed.lines().filter((l) -> l.startsWith(dlq)).count());
		deadLetterReplay("--bootstrap", platform.url("kafka"), "--dlq", dlq);

		await().atMost(WAIT).until(() -> mailsTo("bi-quen" + MAIL_DOMAIN).size() == 1);
		awaitCaughtUp();
		// The unknown type fails again and is dead-lettered again (docs/operations.md); the fixed one is not.
		List<String> after = deadLetters().get(dlq);
		count("dead letters in " + dlq + " after the replay", 3, after.size());
		assertThat(after).containsExactlyInAnyOrder(POISON.get(dlq).get(0), POISON.get(dlq).get(1), POISON.get(dlq).get(0));
		count("alert e-mails to the fixed unit after the replay", 1, mailsTo("bi-quen" + MAIL_DOMAIN).size());
		TIMES.put("dead letters checked, replayed and the fixed one delivered, in", seconds(started));
	}

	/**
	 * SIGTERM to the first instance, as in a rolling update, while a request to it is in flight (an operator's sweep
	 * whose form is still arriving): the web server stops taking connections and answers that request in full, the
	 * binder's consumers commit what they handled, the relay stops with the scheduler. A plan issued meanwhile is taken by the second instance once
	 * the group has handed it the partitions, or by the first after its start: either way once, from the committed
	 * offsets, and nothing stale (no reminder, no overdue) goes out for it.
	 */
	@Test
	@Order(7)
	void aGracefulStopOfOneInstanceCommitsAndAPlanIssuedMeanwhileIsHandledOnce() throws IOException {
		Instant started = Instant.now();
		URI instance = URI.create(platform.url("reporting-service"));
		PortOpen newConnections = new PortOpen(instance.getHost(), instance.getPort());
		Instant asOf = Instant.now().minusSeconds(1).truncatedTo(ChronoUnit.SECONDS);
		String sweepForm = "asOf=" + URLEncoder.encode(asOf.toString(), StandardCharsets.UTF_8);
		try (HeldRequest inFlight = new HeldRequest(instance.toString(), "/api/admin/sweeps/overdue", sweepForm, adminToken)) {
			// In the application (its handler reads the form), not only in the socket's backlog: the scrape counts itself
			await().atMost(WAIT).until(() -> activeRequests(instance) >= 2);
			CompletableFuture<Void> stopped = CompletableFuture.runAsync(() -> platform.stop("reporting-service"));
			await().atMost(WAIT).until(() -> lastRun("reporting-service").contains("Commencing graceful shutdown"));
			boolean acceptedWhileDraining = newConnections.check();
			String answer = inFlight.finish();
			stopped.join();
			TIMES.put("the request in flight at SIGTERM was answered", answer.lines().findFirst().orElse("nothing"));
			// Its own answer, from the whole form: a body cut short would have been read as no asOf, i.e. now
			count("requests in flight at SIGTERM answered 200, for the form they sent, while the instance drained", 1,
					(answer.startsWith("HTTP/1.1 200") && answer.contains("\"asOf\":\"" + asOf + "\"")) ? 1 : 0);
			count("new connections accepted while it drained", 0, acceptedWhileDraining ? 1 : 0);
		}
		String lastRun = lastRun("reporting-service");
		assertThat(lastRun).contains("Graceful shutdown complete").doesNotContain("Graceful shutdown aborted");
		assertThat(kafka.caughtUp("reporting-service", Topics.PLANS)).isTrue();

		int backlogUnits = Math.min(UNITS, 100);
		String backlogPlan = issuePlan(unitIds.subList(0, backlogUnits), 1, LocalDate.now(VIETNAM).plusYears(1));
		platform.start("reporting-service");
		await().atMost(WAIT).until(() -> obligations(backlogPlan) == backlogUnits);
		// Each poll reads all of reporting.v1 (every event three times by now)
		await().atMost(WAIT).pollInterval(Duration.ofSeconds(1))
			.until(() -> eventsOf(backlogPlan).getOrDefault(EventType.OBLIGATION_CREATED.typeName(), 0L) >= backlogUnits);
		awaitCaughtUp();

		count("obligations of the plan issued while reporting-service was down", backlogUnits, obligations(backlogPlan));
		Map<String, Long> byType = eventsOf(backlogPlan);
		count("its events on reporting.v1: ObligationCreated", backlogUnits,
				byType.getOrDefault(EventType.OBLIGATION_CREATED.typeName(), 0L));
		count("its events on reporting.v1: anything else (stale reminders, overdue)", 0,
				byType.entrySet().stream().filter((e) -> !e.getKey().equals(EventType.OBLIGATION_CREATED.typeName()))
					.mapToLong(Map.Entry::getValue).sum());
		TIMES.put("graceful stop and start of one instance, plan of " + backlogUnits + " obligations meanwhile, in",
				seconds(started));
	}

	/** HTTP requests being handled by an instance, from its Prometheus scrape (the scrape is one of them). */
	private static long activeRequests(URI instance) throws IOException, InterruptedException {
		HttpRequest scrape = HttpRequest.newBuilder(instance.resolve("/actuator/prometheus")).build();
		try (HttpClient http = HttpClient.newHttpClient()) {
			return http.send(scrape, HttpResponse.BodyHandlers.ofString()).body().lines()
				.filter((line) -> line.matches("http_server_requests_active_seconds_g?count\\{.*"))
				.mapToLong((line) -> (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
				.sum();
		}
	}

	private static void assertEveryObligationAndAlertOnce(String when) {
		Map<String, Set<String>> eventIds = eventIdsOfThePlan();
		count("distinct ObligationCreated events " + when, OBLIGATIONS,
				eventIds.getOrDefault(EventType.OBLIGATION_CREATED.typeName(), Set.of()).size());
		count("distinct ReportOverdue events " + when, OBLIGATIONS, eventIds.getOrDefault(OVERDUE, Set.of()).size());
		count("obligations of the plan " + when, OBLIGATIONS, obligations(planId));
		count("  of them OVERDUE", OBLIGATIONS, obligations(planId, "OVERDUE"));
		count("  distinct (plan, requirement, unit)", OBLIGATIONS, obligationCollection()
			.distinct("_id", Filters.eq("planId", planId), String.class).into(new ArrayList<>()).size());
		count("overdue inbox deliveries " + when, OBLIGATIONS, overdueDeliveries("INBOX", "SENT"));
		count("overdue e-mail deliveries SENT " + when, OBLIGATIONS, overdueDeliveries("EMAIL", "SENT"));
		count("overdue e-mail deliveries in any other state " + when, 0,
				documents(deliveries(), Filters.and(Filters.eq("eventType", OVERDUE), Filters.in("recipientUnitId", unitIds),
						Filters.ne("status", "SENT"))));
		List<MimeMessage> mails = overdueMails();
		count("overdue e-mails received (GreenMail) " + when, OBLIGATIONS, mails.size());
		Map<String, Set<String>> subjectsByAddress = mails.stream()
			.collect(Collectors.groupingBy(FaultSuiteTests::to, Collectors.mapping(FaultSuiteTests::subject, Collectors.toSet())));
		count("units with exactly one e-mail per requirement " + when, UNITS, subjectsByAddress.values().stream()
			.filter((subjects) -> subjects.size() == REQUIREMENTS).count());
	}

	private static String issuePlan(List<String> reporters, int requirements, LocalDate dueDate) {
		String reporterIds = reporters.stream().map((id) -> "\"" + id + "\"").collect(Collectors.joining(", "));
		String requirementList = IntStream.rangeClosed(1, requirements)
			.mapToObj((n) -> """
					{"title": "Báo cáo nhanh đợt %d", "dueDate": "%s", "dueRule": "BEFORE_DAY",
					 "reporterUnitIds": [%s], "recipientUnitId": "cdc"}""".formatted(n, dueDate, reporterIds))
			.collect(Collectors.joining(", "));
		// No escalation within the suite: only the overdue alert is counted
		JsonHttp.Response draft = plans.post("/api/plans", """
				{"number": "12/KH-SYT", "title": "Kế hoạch kiểm thử sự cố năm %d", "year": %d, "requirements": [%s],
				 "alertLadder": {"reminderDaysBefore": [7, 3, 1], "escalationWorkingDays": 60}}"""
			.formatted(dueDate.getYear(), dueDate.getYear(), requirementList));
		assertThat(draft.status()).as(draft.toString()).isEqualTo(201);
		String id = draft.json().get("id").asString();
		JsonHttp.Response issued = plans.post("/api/plans/" + id + "/issue", null);
		assertThat(issued.status()).as(issued.toString()).isEqualTo(200);
		return id;
	}

	/** Now, as the Sở's administrator would; a sweep already running (409) does the same work. */
	private static void sweepOverdue() {
		String asOf = Instant.now().minusSeconds(1).toString();
		JsonHttp.Response swept = reporting.post("/api/admin/sweeps/overdue?asOf=" + asOf, null);
		assertThat(swept.status()).as(swept.toString()).isIn(200, 409);
	}

	/** Where the faulted plan's time goes: the first poll that finds a stage done prints its time. */
	private static boolean reached(String stage, boolean done, Instant since) {
		if (done) {
			TIMES.putIfAbsent(stage + ", after the store came back, in", seconds(since));
		}
		return done;
	}

	private static void awaitCaughtUp() {
		await().atMost(WAIT).pollInterval(Duration.ofSeconds(1)).until(() -> kafka.caughtUp("reporting-service", Topics.PLANS)
				&& kafka.caughtUp("reporting-service", Topics.DIRECTORY_UNITS)
				&& kafka.caughtUp("notification-service", Topics.REPORTING)
				&& kafka.caughtUp("notification-service", Topics.DIRECTORY_UNITS)
				&& kafka.caughtUp("notification-service", Topics.PLANS));
	}

	/** Grouped by key, keys in reverse order of first appearance, each key's records in their order. */
	private static List<ConsumerRecord<String, String>> outOfKeyOrder(List<ConsumerRecord<String, String>> records) {
		Map<String, List<ConsumerRecord<String, String>>> byKey = records.stream()
			.collect(Collectors.groupingBy((r) -> r.topic() + "/" + r.key(), LinkedHashMap::new, Collectors.toList()));
		List<List<ConsumerRecord<String, String>>> keys = new ArrayList<>(byKey.values());
		Collections.reverse(keys);
		return keys.stream().flatMap(List::stream).toList();
	}

	/** The ids of the events on reporting.v1 of the plan's obligations, by event type. */
	private static Map<String, Set<String>> eventIdsOfThePlan() {
		return ofPlan(topics.all(Topics.REPORTING)).stream()
			.collect(Collectors.groupingBy((r) -> KafkaTestClient.header(r, CloudEventHeaders.TYPE),
					Collectors.mapping(FaultSuiteTests::id, Collectors.toSet())));
	}

	/** Records on reporting.v1 of a plan's obligations, by event type. */
	private static Map<String, Long> eventsOf(String plan) {
		return topics.all(Topics.REPORTING).stream()
			.filter((r) -> r.key() != null && r.key().startsWith(plan + "."))
			.collect(Collectors.groupingBy((r) -> KafkaTestClient.header(r, CloudEventHeaders.TYPE), Collectors.counting()));
	}

	private static List<ConsumerRecord<String, String>> ofPlan(List<ConsumerRecord<String, String>> records) {
		return records.stream().filter((r) -> r.key() != null && r.key().startsWith(planId + ".")).toList();
	}

	private static boolean isPoison(ConsumerRecord<String, String> record) {
		String id = KafkaTestClient.header(record, CloudEventHeaders.ID);
		return POISON.values().stream().anyMatch((ids) -> ids.contains(id));
	}

	private static Map<String, List<String>> deadLetters() {
		Map<String, List<String>> found = new TreeMap<>();
		for (String dlq : topics.deadLetterTopics()) {
			List<String> ids = topics.all(dlq).stream().map(FaultSuiteTests::id).toList();
			if (!ids.isEmpty()) {
				found.put(dlq, ids);
			}
		}
		return found;
	}

	/** The documented command (docs/operations.md), run from notification-service's jar as an operator would. */
	private static String deadLetterReplay(String... arguments) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"), "-cp",
				RepositoryFiles.root().resolve("notification-service/target/notification-service-0.1.0-SNAPSHOT.jar").toString(),
				"-Dloader.main=vn.health.servicekit.messaging.DeadLetterReplay",
				"org.springframework.boot.loader.launch.PropertiesLauncher"));
		command.addAll(List.of(arguments));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor()).as(output).isZero();
		System.out.println("$ DeadLetterReplay " + String.join(" ", arguments) + "\n" + output.lines()
			.filter((line) -> line.startsWith(arguments[3] + "-") || line.matches("(Would replay|Replayed) .*"))
			.collect(Collectors.joining("\n")));
		return output;
	}

	private static String lastRun(String instance) {
		String log = log(instance);
		return log.substring(log.lastIndexOf("===== " + instance + " starting"));
	}

	/** {@code reporting-service}, {@code reporting-service-2}. */
	private static List<String> instancesOf(String service) {
		return IntStream.rangeClosed(1, INSTANCES)
			.mapToObj((number) -> new Instance(Component.named(service), number).name())
			.toList();
	}

	private static String log(String instance) {
		try {
			return Files.readString(platform.logFile(instance));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static HttpResponse<String> upload(String path, String fileName, String content) throws Exception {
		String boundary = "fault-suite-" + UUID.randomUUID();
		String body = "--%1$s\r\nContent-Disposition: form-data; name=\"file\"; filename=\"%2$s\"\r\nContent-Type: text/csv\r\n\r\n%3$s\r\n--%1$s--\r\n"
			.formatted(boundary, fileName, content);
		HttpRequest request = HttpRequest.newBuilder(URI.create(platform.url("plan-service") + path))
			.header("Authorization", "Bearer " + adminToken)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
			.build();
		try (HttpClient http = HttpClient.newHttpClient()) {
			return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
	}

	private static MongoDatabase database(String name) {
		return mongo.getDatabase(name);
	}

	private static com.mongodb.client.MongoCollection<org.bson.Document> units(String service) {
		return database(service).getCollection("units");
	}

	private static long replicated(String service) {
		return documents(units(service), Filters.in("_id", unitIds));
	}

	/**
	 * How many documents match, counted from a query: the embedded store answers a query from the collection's
	 * indexes, but {@code countDocuments} is an aggregation, which it runs over every document of the collection;
	 * the waits would repeat that every poll over thousands of obligations and deliveries.
	 */
	private static long documents(com.mongodb.client.MongoCollection<org.bson.Document> collection, Bson filter) {
		return collection.find(filter).projection(Projections.include("_id")).into(new ArrayList<>()).size();
	}

	private static com.mongodb.client.MongoCollection<org.bson.Document> obligationCollection() {
		return database("reporting").getCollection("obligations");
	}

	private static long obligations(String plan) {
		return documents(obligationCollection(), Filters.eq("planId", plan));
	}

	private static long obligations(String plan, String status) {
		return documents(obligationCollection(), Filters.and(Filters.eq("planId", plan), Filters.eq("status", status)));
	}

	private static com.mongodb.client.MongoCollection<org.bson.Document> deliveries() {
		return database("notification").getCollection("deliveries");
	}

	private static com.mongodb.client.MongoCollection<org.bson.Document> inbox() {
		return database("notification").getCollection("inbox");
	}

	private static long overdueDeliveries(String channel, String status) {
		return documents(deliveries(), Filters.and(Filters.eq("eventType", OVERDUE), Filters.eq("channel", channel),
				Filters.eq("status", status), Filters.in("recipientUnitId", unitIds)));
	}

	private static List<MimeMessage> overdueMails() {
		return mails((message) -> to(message).startsWith("tyt-") && subject(message).startsWith("[Quá hạn]"));
	}

	private static List<MimeMessage> mailsTo(String address) {
		return mails((message) -> to(message).equals(address));
	}

	private static List<MimeMessage> mails(Predicate<MimeMessage> which) {
		return List.of(mail.getReceivedMessages()).stream().filter(which).toList();
	}

	private static String to(MimeMessage message) {
		try {
			return message.getRecipients(Message.RecipientType.TO)[0].toString();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String id(ConsumerRecord<String, String> record) {
		return KafkaTestClient.header(record, CloudEventHeaders.ID);
	}

	private static String id(ProducerRecord<String, String> record) {
		return new String(record.headers().lastHeader(CloudEventHeaders.ID).value(), StandardCharsets.UTF_8);
	}

	private static void count(String what, long expected, long found) {
		COUNTS.put(what, new long[] { expected, found });
		assertThat(found).as(what).isEqualTo(expected);
	}

	private static String seconds(Instant since) {
		return "%.1f s".formatted(Duration.between(since, Instant.now()).toMillis() / 1000.0);
	}

	private static void printTable() {
		int width = COUNTS.keySet().stream().mapToInt(String::length).max().orElse(10);
		StringBuilder table = new StringBuilder("\nFault suite, %d units × %d requirements%n".formatted(UNITS, REQUIREMENTS));
		table.append(("%-" + width + "s  %9s  %9s%n").formatted("count", "expected", "found"));
		COUNTS.forEach((what, values) -> table.append(("%-" + width + "s  %9d  %9d  %s%n")
			.formatted(what, values[0], values[1], (values[0] == values[1]) ? "ok" : "MISMATCH")));
		TIMES.forEach((what, time) -> table.append("%s: %s%n".formatted(what, time)));
		System.out.println(table);
	}

}
