package vn.health.infra;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import vn.health.contracts.CloudEventHeaders;
import vn.health.contracts.Topics;
import vn.health.testkit.Browser;
import vn.health.testkit.JsonHttp;
import vn.health.testkit.security.IssuerTokens;
import vn.health.testkit.KafkaTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The walking skeleton as a user meets it: the broker, the store, every service and the gateway as
 * their own processes (the jars the build just made), driven only through the gateway; events are
 * redelivered and reporting-service is restarted on the way, and nothing is lost or duplicated.
 */
@ExtendWith(EndToEndPlatform.Shared.class)
@Order(Integer.MAX_VALUE)
@TestMethodOrder(OrderAnnotation.class)
class WalkingSkeletonEndToEndTests {

	private static final Duration WAIT = Duration.ofSeconds(90);

	private static final String CORRELATION_ID = "e2e-" + UUID.randomUUID();

	static GreenMail mail;

	static Platform platform;

	/** The LGSP's machine client (INTEGRATION of the Sở): reads everything below the Sở. */
	static JsonHttp gateway;

	/** The Sở's administrator {@code syt} (PROVINCE_ADMIN), signed in: plans, the directory and sweeps are its. */
	static JsonHttp admin;

	static KafkaTestClient kafka;

	static String unitId;

	static String unitEmail;

	static String planId;

	/** The whole platform, shared with the other end-to-end classes; reporting-service is restarted on the way. */
	@BeforeAll
	static void signIn(EndToEndPlatform shared) {
		platform = shared.platform();
		mail = shared.mail();
		// What an external system does before calling the API, and what the console does when the Sở's admin signs in
		IssuerTokens issuer = new IssuerTokens(platform.url("auth-server"));
		gateway = new JsonHttp(platform.url("gateway"))
			.withBearer(issuer.clientCredentials("lgsp-bac-giang", "demo-integration-secret"));
		admin = new JsonHttp(platform.url("gateway"))
			.withBearer(issuer.signedIn("syt", "demo", platform.url("gateway") + "/login/oauth2/code/console"));
		kafka = new KafkaTestClient(platform.url("kafka"));
	}

	@Test
	@Order(1)
	void theDemoProvinceIsSeededAndANewUnitCanBeRegistered() {
		JsonHttp.Response units = gateway.get("/api/units?size=100");
		assertThat(units.json().get("total").asInt()).isGreaterThanOrEqualTo(42);
		assertThat(gateway.get("/api/units/cdc").json().get("name").asString())
			.isEqualTo("Trung tâm Kiểm soát bệnh tật tỉnh Bắc Giang");

		unitEmail = "ttyt-e2e-" + UUID.randomUUID().toString().substring(0, 8) + "@example.vn";
		JsonHttp.Response created = admin.post("/api/units", """
				{"name": "Trung tâm Y tế huyện Thử Nghiệm", "type": "DISTRICT_HEALTH_CENTRE", "parentId": "cdc",
				 "email": "%s"}""".formatted(unitEmail));

		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		unitId = created.json().get("id").asString();
	}

	/** Services start together, so a consumer may create the topic first; the owner's settings must win. */
	@Test
	@Order(0)
	void theDirectoryTopicIsCompactedWhoeverCreatedIt() throws Exception {
		ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, Topics.DIRECTORY_UNITS);
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, platform.url("kafka")))) {
			// The owner applies its settings when it first publishes, which may come just after it reports UP.
			await().atMost(WAIT).untilAsserted(() -> {
				Config config = admin.describeConfigs(List.of(topic)).all().get().get(topic);

				assertThat(config.get("cleanup.policy").value()).isEqualTo("compact");
			});
		}
	}

	@Test
	@Order(2)
	void anIssuedPlanBecomesOneObligationPerReporterWithTheRequestsCorrelationId() {
		planId = issuePlan(List.of(unitId, "ttyt-yen-the"), Map.of("X-Correlation-Id", CORRELATION_ID));

		await().atMost(WAIT).until(() -> obligationCount(planId) == 2);
		JsonHttp.Response obligation = gateway.get("/api/obligations/" + planId + ".r1." + unitId);
		assertThat(obligation.json().get("dueAt").asString()).isEqualTo("2024-06-19T17:00:00Z");
		ConsumerRecord<String, String> issued = record(Topics.PLANS, planId);
		assertThat(KafkaTestClient.header(issued, CloudEventHeaders.CORRELATION_ID)).isEqualTo(CORRELATION_ID);
		await().atMost(WAIT).untilAsserted(() -> {
			assertThat(Files.readString(platform.logFile("plan-service"))).contains(CORRELATION_ID);
			assertThat(Files.readString(platform.logFile("reporting-service"))).contains(CORRELATION_ID);
		});
	}

	@Test
	@Order(3)
	void aRedeliveredPlanIssuedCreatesNothingNew() {
		kafka.resend(record(Topics.PLANS, planId));

		await().atMost(WAIT).until(() -> kafka.caughtUp("reporting-service", Topics.PLANS));
		assertThat(obligationCount(planId)).isEqualTo(2);
	}

	@Test
	@Order(4)
	void aPlanIssuedWhileReportingServiceIsDownIsNotLost() {
		platform.stop("reporting-service");
		String issuedMeanwhile;
		try {
			issuedMeanwhile = issuePlan(List.of("ttyt-tan-yen"), Map.of());
		}
		finally {
			// The platform is shared: the classes after this one need reporting-service even if this test fails.
			platform.start("reporting-service");
		}

		await().atMost(WAIT).until(() -> obligationCount(issuedMeanwhile) == 1);
		assertThat(obligationCount(planId)).isEqualTo(2);
	}

	@Test
	@Order(5)
	void anOverdueReportAlertsTheUnitByMailAndInboxExactlyOnceEvenWhenRedelivered() throws Exception {
		JsonHttp.Response swept = admin.post("/api/admin/sweeps/overdue?asOf=2024-06-21T09:00:00%2B07:00", null);
		assertThat(swept.status()).as(swept.toString()).isEqualTo(200);
		assertThat(gateway.get("/api/obligations?plan=" + planId + "&status=OVERDUE").json().get("total").asInt())
			.isEqualTo(2);

		await().atMost(WAIT).until(() -> mailsTo(unitEmail).size() == 1);
		await().atMost(WAIT).until(() -> inboxSize(unitId) == 1);
		MimeMessage alert = mailsTo(unitEmail).get(0);
		assertThat(alert.getSubject()).contains("Quá hạn", "Báo cáo 6 tháng đầu năm");

		kafka.resend(record(Topics.REPORTING, planId + ".r1." + unitId));
		await().atMost(WAIT).until(() -> kafka.caughtUp("notification-service", Topics.REPORTING));
		assertThat(mailsTo(unitEmail)).hasSize(1);
		assertThat(inboxSize(unitId)).isEqualTo(1);
	}

	@Test
	@Order(6)
	void theThemeCalendarHasTheThirtyEightNationalThemeDays() {
		JsonHttp.Response themes = gateway.get("/api/calendar/themes?year=2024");

		assertThat(themes.json().get("themes")).hasSize(38);
		assertThat(themes.json().get("themes").get(6).get("name").asString())
			.isEqualTo("Ngày Thế giới phòng, chống lao");
	}

	@Test
	@Order(7)
	void badInputThroughTheGatewayIsAProblemAndStoresNothing() {
		long plansBefore = admin.get("/api/plans?size=1").json().get("total").asLong();

		JsonHttp.Response response = admin.post("/api/plans", """
				{"title": "Kế hoạch lỗi", "year": 2024, "requirements": [{"title": "Báo cáo quý I",
				 "dueDate": "2024-02-30", "dueRule": "BEFORE_DAY", "reporterUnitIds": [], "recipientUnitId": "cdc"}]}""");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("requirements[0].dueDate");
		assertThat(admin.get("/api/plans?size=1").json().get("total").asLong()).isEqualTo(plansBefore);
	}

	@Test
	@Order(8)
	void aDemoUserSignsInThroughTheGatewayAndTheSessionsTokenReachesTheServicesAndTheConsole() {
		Browser browser = new Browser();
		String gatewayUrl = platform.url("gateway");

		URI loginForm = browser.followUntil(browser.get(URI.create(gatewayUrl + "/oauth2/authorization/console")),
				platform.url("auth-server") + "/login");
		URI backAtGateway = browser.followUntil(browser.signIn(loginForm, "ttyt-yen-the", "demo"),
				gatewayUrl + "/login/oauth2/code/console");
		browser.get(backAtGateway);
		HttpResponse<String> units = browser.get(URI.create(gatewayUrl + "/api/units/ttyt-yen-the"), "application/json");

		assertThat(units.statusCode()).as(units.body()).isEqualTo(200);
		assertThat(units.body()).contains("Trung tâm Y tế huyện Yên Thế");

		// The console behind the same gateway gets the same token and calls the API with it.
		HttpResponse<String> page = browser.get(URI.create(gatewayUrl + "/bao-cao"), "text/html");
		assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
		assertThat(page.body()).contains("Báo cáo của đơn vị", "Trung tâm Y tế huyện Yên Thế");
	}

	@Test
	@Order(9)
	void withoutATokenTheGatewayLetsNothingThrough() {
		JsonHttp.Response response = new JsonHttp(platform.url("gateway")).get("/api/units");

		assertThat(response.status()).isEqualTo(401);
		assertThat(response.contentType()).startsWith("application/problem+json");
	}

	@Test
	@Order(10)
	void theWholeApiIsDescribedAtTheGatewayWithoutSigningIn() {
		JsonHttp.Response openApi = new JsonHttp(platform.url("gateway")).get("/api-docs/openapi.json");

		assertThat(openApi.status()).as(openApi.toString()).isEqualTo(200);
		assertThat(openApi.json().get("paths").propertyNames()).contains("/api/plans", "/api/obligations",
				"/api/calendar/occurrences", "/api/notifications/inbox");
		assertThat(new JsonHttp(platform.url("gateway")).get("/api-docs/asyncapi.yaml").body())
			.contains("asyncapi: 3.0.0", "reporting.v1");
	}

	private static String issuePlan(List<String> reporters, Map<String, String> headers) {
		String reporterIds = String.join("\", \"", reporters);
		JsonHttp.Response draft = admin.post("/api/plans", """
				{"number": "91/KH-SYT", "title": "Kế hoạch truyền thông y tế tỉnh Bắc Giang năm 2024", "year": 2024,
				 "requirements": [{"title": "Báo cáo 6 tháng đầu năm", "dueDate": "2024-06-20",
				   "dueRule": "BEFORE_DAY", "reporterUnitIds": ["%s"], "recipientUnitId": "cdc"}]}"""
			.formatted(reporterIds), headers);
		assertThat(draft.status()).as(draft.toString()).isEqualTo(201);
		String id = draft.json().get("id").asString();
		JsonHttp.Response issued = admin.post("/api/plans/" + id + "/issue", null, headers);
		assertThat(issued.status()).as(issued.toString()).isEqualTo(200);
		return id;
	}

	private static int obligationCount(String plan) {
		return gateway.get("/api/obligations?plan=" + plan).json().get("total").asInt();
	}

	private static int inboxSize(String unit) {
		return gateway.get("/api/notifications/inbox?unit=" + unit).json().get("total").asInt();
	}

	private static ConsumerRecord<String, String> record(String topic, String key) {
		return kafka.readUntil(topic, (records) -> records.stream().anyMatch((r) -> key.equals(r.key())), WAIT)
			.stream()
			.filter((r) -> key.equals(r.key()))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No record " + key + " on " + topic));
	}

	private static List<MimeMessage> mailsTo(String address) throws Exception {
		List<MimeMessage> found = new java.util.ArrayList<>();
		for (MimeMessage message : mail.getReceivedMessages()) {
			if (message.getRecipients(Message.RecipientType.TO)[0].toString().equals(address)) {
				found.add(message);
			}
		}
		return found;
	}

}
