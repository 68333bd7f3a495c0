package vn.health.notification;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import vn.health.contracts.CloudEventHeaders;
import vn.health.contracts.EventType;
import vn.health.contracts.Topics;
import vn.health.notification.delivery.Channel;
import vn.health.notification.delivery.Delivery;
import vn.health.notification.delivery.DeliveryDispatcher;
import vn.health.notification.delivery.DeliveryStatus;
import vn.health.notification.directory.Unit;
import vn.health.notification.inbox.InboxEntry;
import vn.health.notification.inbox.InboxPage;
import vn.health.testkit.KafkaTestClient;
import vn.health.testkit.SharedInfrastructure;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

/** Report alerts, theme notices, the inbox and preferences: events in, e-mail, SMS, Zalo and inbox out. */
class NotificationIntegrationTests extends IntegrationTestSupport {

	/** The SMS channel's time limiter ({@code resilience4j.timelimiter}, default config in application.yml). */
	private static final Duration SMS_TIME_LIMIT = Duration.ofSeconds(5);

	private static final String DEAD_LETTERS = Topics.deadLetter(Topics.REPORTING, GROUP);

	private static final String SUBJECT = "[Quá hạn] Báo cáo 6 tháng đầu năm – Kế hoạch 91/KH-SYT";

	@Autowired
	private DeliveryDispatcher sending;

	@Test
	void overdueAlertReachesTheUnitByEmailAndInboxInVietnamese() throws Exception {
		String unit = SharedInfrastructure.uniqueName("ttyt");
		String address = unit + "@demo.syt.vn";
		publishUnit(unit, address);
		ProducerRecord<String, String> alert = overdue(unit);

		this.kafka.send(alert);

		await().atMost(BROKER).until(() -> emailsTo(address).size() == 1);
		MimeMessage email = emailsTo(address).get(0);
		assertThat(email.getSubject()).isEqualTo(SUBJECT);
		assertThat(email.getFrom()).extracting((from) -> ((InternetAddress) from).getPersonal())
			.containsExactly("Hệ thống Truyền thông Y tế");
		assertThat(ReceivedMail.part(email, "text/plain")).contains("Kính gửi: Đơn vị " + unit,
				"- Hạn gửi: 20/06/2024 00:00 (giờ Việt Nam)", "- Đã quá hạn: 1 ngày",
				"Xem chi tiết: http://localhost:8080/bao-cao/" + alert.key());
		assertThat(ReceivedMail.part(email, "text/html")).contains("<strong>Kế hoạch:</strong> 91/KH-SYT");
		await().atMost(BROKER).untilAsserted(() -> assertThat(inbox(unit).total()).isEqualTo(1));
		this.http.get()
			.uri("/api/notifications/inbox?unit={unit}&size=5", unit)
			.exchange()
			.expectBody()
			.jsonPath("$.items[0].title").isEqualTo(SUBJECT)
			.jsonPath("$.items[0].unitId").isEqualTo(unit)
			.jsonPath("$.items[0].read").isEqualTo(false)
			.jsonPath("$.items[0].createdAt").value(String.class, (createdAt) -> assertThat(Instant.parse(createdAt)).isNotNull())
			.jsonPath("$.page").isEqualTo(0)
			.jsonPath("$.size").isEqualTo(5)
			.jsonPath("$.total").isEqualTo(1);
	}

	@Test
	void redeliveredOverdueAlertSendsNoSecondEmailNorInboxEntry() {
		String unit = SharedInfrastructure.uniqueName("ttyt");
		String address = unit + "@demo.syt.vn";
		publishUnit(unit, address);
		ProducerRecord<String, String> alert = overdue(unit);
		String eventId = eventId(alert);
		this.kafka.send(alert);
		await().atMost(BROKER).until(() -> emailsTo(address).size() == 1);

		redeliver(Topics.REPORTING, eventId);

		assertThat(emailsTo(address)).hasSize(1);
		assertThat(inbox(unit).total()).isEqualTo(1);
		assertThat(this.deliveries.findByRecipientUnitId(unit)).extracting(Delivery::channel, Delivery::status)
			.containsExactlyInAnyOrder(tuple(Channel.EMAIL, DeliveryStatus.SENT),
					tuple(Channel.INBOX, DeliveryStatus.SENT));
	}

	@Test
	void unitWithoutEmailGetsItsInboxEntryAndTheSkippedEmailIsLogged() {
		String unit = SharedInfrastructure.uniqueName("tyt");
		publishUnit(unit, null);

		this.kafka.send(overdue(unit));

		await().atMost(BROKER)
			.untilAsserted(() -> assertThat(this.deliveries.findByRecipientUnitId(unit))
				.extracting(Delivery::channel, Delivery::status)
				.containsExactlyInAnyOrder(tuple(Channel.INBOX, DeliveryStatus.SENT),
						tuple(Channel.EMAIL, DeliveryStatus.SKIPPED_NO_ADDRESS)));
		assertThat(inbox(unit).items()).extracting(InboxPage.Item::title).containsExactly(SUBJECT);
	}

	@Test
	void unreadableEventsAreDeadLetteredAndLaterEventsAreStillHandled() {
		String malformedKey = SharedInfrastructure.uniqueName("malformed");
		String unknownTypeKey = SharedInfrastructure.uniqueName("unknown-type");
		ProducerRecord<String, String> unknownType = KafkaTestClient.cloudEvent(EventType.REPORT_OVERDUE,
				unknownTypeKey, "{}");
		unknownType.headers()
			.remove(CloudEventHeaders.TYPE)
			.add(CloudEventHeaders.TYPE, "vn.health.report.unheard-of".getBytes(StandardCharsets.UTF_8));

		this.kafka.send(KafkaTestClient.cloudEvent(EventType.REPORT_OVERDUE, malformedKey, "{\"obligationId\": "));
		this.kafka.send(unknownType);
		String unit = SharedInfrastructure.uniqueName("ttyt");
		publishUnit(unit, unit + "@demo.syt.vn");
		this.kafka.send(overdue(unit));

		List<ConsumerRecord<String, String>> dead = this.kafka.readUntil(DEAD_LETTERS,
				(read) -> keys(read).containsAll(List.of(malformedKey, unknownTypeKey)), BROKER);
		assertThat(keys(dead)).contains(malformedKey, unknownTypeKey);
		await().atMost(BROKER).until(() -> emailsTo(unit + "@demo.syt.vn").size() == 1);
	}

	@Test
	void overdueAlertForAUnitNotInTheDirectoryIsDeadLetteredAfterRetries() {
		String unit = SharedInfrastructure.uniqueName("tyt-unknown");
		ProducerRecord<String, String> alert = overdue(unit);

		this.kafka.send(alert);

		ConsumerRecord<String, String> dead = this.kafka
			.readUntil(DEAD_LETTERS, (read) -> keys(read).contains(alert.key()), BROKER)
			.stream()
			.filter((record) -> alert.key().equals(record.key()))
			.findFirst()
			.orElseThrow();
		assertThat(KafkaTestClient.header(dead, CloudEventHeaders.ID))
			.isEqualTo(eventId(alert));
		assertThat(KafkaTestClient.header(dead, "x-exception-message")).contains(unit);
		assertThat(this.deliveries.findByRecipientUnitId(unit)).isEmpty();
	}

	@Test
	void inboxWithoutUnitIsABadRequestWithFieldProblem() {
		this.http.get()
			.uri("/api/notifications/inbox")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("unit")
			.jsonPath("$.errors[0].message")
			.isEqualTo("Cần chọn đơn vị (tham số unit)")
			.jsonPath("$.errors[0].messageEn")
			.isEqualTo("Parameter unit (the unit id) is required");
	}

	@Test
	void aMethodTheInboxDoesNotAllowIsAProblemInVietnameseAndEnglish() {
		this.http.post()
			.uri("/api/notifications/inbox?unit=ttyt-yen-the")
			.exchange()
			.expectStatus()
			.isEqualTo(405)
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.title")
			.isEqualTo("Phương thức HTTP không được hỗ trợ / Method Not Allowed");
	}

	@Test
	void inboxPageSizeOfZeroIsABadRequestWithFieldProblem() {
		this.http.get()
			.uri("/api/notifications/inbox?unit=ttyt-yen-the&size=0")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.errors[*].field")
			.isEqualTo(List.of("size"));
	}

	@Test
	void unitWithSmsAndZaloOnGetsEachOnceAlthoughTheEventIsRedelivered() {
		String unit = SharedInfrastructure.uniqueName("tyt-sms");
		publishUnit(unit, null);
		choose(unit, "[\"INBOX\", \"SMS\", \"ZALO\"]", "0912 000 001");
		providers.stubFor(post("/sms/send").withRequestBody(matchingJsonPath("$.to", equalTo("84912000001")))
			.willReturn(ok()));
		providers.stubFor(post("/zalo/message/template").withRequestBody(matchingJsonPath("$.phone", equalTo("84912000001")))
			.willReturn(okJson("{\"error\": 0, \"message\": \"Success\"}")));
		ProducerRecord<String, String> alert = overdue(unit);
		String eventId = eventId(alert);

		this.kafka.send(alert);
		await().atMost(BROKER).untilAsserted(() -> assertThat(this.deliveries.findByRecipientUnitId(unit))
			.extracting(Delivery::channel, Delivery::status)
			.containsExactlyInAnyOrder(tuple(Channel.INBOX, DeliveryStatus.SENT), tuple(Channel.SMS, DeliveryStatus.SENT),
					tuple(Channel.ZALO, DeliveryStatus.SENT)));
		redeliver(Topics.REPORTING, eventId);

		providers.verify(1, postRequestedFor(urlEqualTo("/sms/send"))
			.withRequestBody(matchingJsonPath("$.to", equalTo("84912000001")))
			.withHeader("X-API-Key", equalTo("test-key"))
			.withRequestBody(matchingJsonPath("$.message", containing("[Quá hạn] Báo cáo 6 tháng đầu năm"))));
		providers.verify(1, postRequestedFor(urlEqualTo("/zalo/message/template"))
			.withRequestBody(matchingJsonPath("$.phone", equalTo("84912000001")))
			.withRequestBody(matchingJsonPath("$.template_id", equalTo("tpl-overdue"))));
	}

	@Test
	void smsGatewayOutageIsDeferredWithoutHoldingEmailAndSentOnceTheGatewayRecovers() {
		String unit = SharedInfrastructure.uniqueName("tyt-outage");
		String address = unit + "@demo.syt.vn";
		publishUnit(unit, address);
		choose(unit, "[\"EMAIL\", \"SMS\"]", "0912 000 002");
		providers.stubFor(post("/sms/send").withRequestBody(matchingJsonPath("$.to", equalTo("84912000002")))
			.willReturn(serverError()));

		this.kafka.send(overdue(unit));

		await().atMost(BROKER).until(() -> smsDelivery(unit).map(Delivery::attempts).orElse(0) == 1);
		await().atMost(BROKER).until(() -> emailsTo(address).size() == 1);
		Delivery deferred = smsDelivery(unit).orElseThrow();
		assertThat(deferred.status()).isEqualTo(DeliveryStatus.DEFERRED);
		assertThat(deferred.lastError()).contains("500");
		assertThat(deferred.notBefore()).isEqualTo(WORKING_HOURS.plus(Duration.ofMinutes(5)));

		providers.stubFor(post("/sms/send").withRequestBody(matchingJsonPath("$.to", equalTo("84912000002")))
			.willReturn(ok()));
		clock.set(deferred.notBefore());
		this.sending.wake(Channel.SMS);

		await().atMost(BROKER).until(() -> smsDelivery(unit).map(Delivery::status).orElse(null) == DeliveryStatus.SENT);
		assertThat(smsDelivery(unit)).map(Delivery::attempts).contains(2);
	}

	/**
	 * Each channel has its own sender, apart from the consumer: while the SMS gateway hangs on the first alert's
	 * message (each attempt cut at the 5 s time limit, three attempts), the four alerts reach every inbox and every
	 * e-mail box while no SMS has gone out and most have not even been tried.
	 */
	/**
	 * Six SMS to a gateway that answers none within the channel's 5 s time limit: the consumer and the e-mails go
	 * on, and the SMS worker's four senders (its concurrency) hold at most four of them, so at least two wait.
	 */
	@Test
	void aHangingSmsGatewayHoldsNeitherTheConsumerNorTheEmails() {
		List<String> units = IntStream.range(0, 6).mapToObj((n) -> SharedInfrastructure.uniqueName("tyt-hang")).toList();
		for (int n = 0; n < units.size(); n++) {
			publishUnit(units.get(n), units.get(n) + "@demo.syt.vn");
			choose(units.get(n), "[\"INBOX\", \"EMAIL\", \"SMS\"]", "0912 000 01" + n);
		}
		providers.stubFor(smsTo("8491200001[0-5]").willReturn(ok().withFixedDelay(30_000)));

		units.forEach((unit) -> this.kafka.send(overdue(unit)));

		await().atMost(BROKER)
			.until(() -> units.stream()
				.allMatch((unit) -> emailsTo(unit + "@demo.syt.vn").size() == 1 && inbox(unit).items().size() == 1));
		List<Delivery> sms = units.stream().map(this::smsDelivery).flatMap(Optional::stream).toList();
		assertThat(sms).as("SMS deliveries recorded").hasSize(6).noneMatch((d) -> d.status() == DeliveryStatus.SENT);
		assertThat(sms).as("SMS not attempted yet")
			.filteredOn((d) -> d.status() == DeliveryStatus.DEFERRED && d.attempts() == 0)
			.hasSizeGreaterThanOrEqualTo(2);

		providers.stubFor(smsTo("8491200001[0-5]").willReturn(ok()));
		await().atMost(BROKER)
			.until(() -> units.stream()
				.allMatch((unit) -> smsDelivery(unit).map(Delivery::status).orElse(null) == DeliveryStatus.SENT));
	}

	/**
	 * Deliveries that come due together go out several at once: six SMS held overnight by quiet hours are sent at
	 * 07:30 by the SMS worker's four senders, to a gateway that answers none of them within the channel's 5 s time
	 * limit. The fourth reached the gateway while the first was still unanswered, which one sender at a time cannot
	 * do: it starts the next only once the time limiter has given up on the one before.
	 */
	@Test
	void smsHeldOvernightGoOutFourAtOnceInTheMorning() {
		List<String> units = IntStream.range(0, 6).mapToObj((n) -> SharedInfrastructure.uniqueName("tyt-morning")).toList();
		for (int n = 0; n < units.size(); n++) {
			publishUnit(units.get(n), null);
			choose(units.get(n), "[\"INBOX\", \"SMS\"]", "0912 000 02" + n);
		}
		providers.stubFor(smsTo("8491200002[0-5]").willReturn(ok().withFixedDelay(30_000)));
		clock.set(OffsetDateTime.parse("2024-06-19T22:15+07:00").toInstant());
		Instant morning = OffsetDateTime.parse("2024-06-20T07:30+07:00").toInstant();

		units.forEach((unit) -> this.kafka.send(overdue(unit)));
		await().atMost(BROKER).until(() -> units.stream()
			.allMatch((unit) -> smsDelivery(unit).map(Delivery::notBefore).filter(morning::equals).isPresent()));
		clock.set(morning);
		this.sending.wake(Channel.SMS);

		List<Instant> arrivals = await().atMost(BROKER).until(() -> smsArrivals("8491200002[0-5]"), (a) -> a.size() >= 4);
		assertThat(arrivals.get(3)).as("fourth SMS sent while the first was unanswered")
			.isBefore(arrivals.get(0).plus(SMS_TIME_LIMIT));

		providers.stubFor(smsTo("8491200002[0-5]").willReturn(ok()));
		this.sending.wake(Channel.SMS);
		await().atMost(BROKER)
			.until(() -> units.stream()
				.allMatch((unit) -> smsDelivery(unit).map(Delivery::status).orElse(null) == DeliveryStatus.SENT));
	}

	@Test
	void atNightTheEmailWaitsInTheLogUntilHalfPastSevenNextMorningButTheInboxGetsItAtOnce() {
		String unit = SharedInfrastructure.uniqueName("tyt-night");
		String address = unit + "@demo.syt.vn";
		publishUnit(unit, address);
		clock.set(OffsetDateTime.parse("2024-06-19T22:15+07:00").toInstant());

		this.kafka.send(overdue(unit));

		Instant morning = OffsetDateTime.parse("2024-06-20T07:30+07:00").toInstant();
		await().atMost(BROKER).untilAsserted(() -> assertThat(this.deliveries.findByRecipientUnitId(unit))
			.extracting(Delivery::channel, Delivery::status, Delivery::notBefore)
			.containsExactlyInAnyOrder(tuple(Channel.INBOX, DeliveryStatus.SENT, null),
					tuple(Channel.EMAIL, DeliveryStatus.DEFERRED, morning)));
		this.sending.sendDue(Channel.EMAIL);
		assertThat(emailsTo(address)).isEmpty();

		clock.set(morning);
		this.sending.wake(Channel.EMAIL);

		await().atMost(BROKER).until(() -> emailsTo(address).size() == 1);
	}

	/** What the recipient wrote reaches the unit that has to correct the report, once although redelivered. */
	@Test
	void aReturnedReportReachesTheUnitWithTheReasonByEmailAndInbox() throws Exception {
		String unit = SharedInfrastructure.uniqueName("ttyt-returned");
		String address = unit + "@demo.syt.vn";
		publishUnit(unit, address);
		publishUnit("cdc", "cdc@demo.syt.vn");
		ProducerRecord<String, String> returned = reportingEvent(EventType.REPORT_RETURNED, unit);

		this.kafka.send(returned);
		await().atMost(BROKER).until(() -> emailsTo(address).size() == 1);
		redeliver(Topics.REPORTING, eventId(returned));

		MimeMessage email = emailsTo(address).get(0);
		assertThat(email.getSubject()).isEqualTo("[Bị trả lại] Báo cáo 6 tháng đầu năm");
		assertThat(ReceivedMail.part(email, "text/plain")).contains("Kính gửi: Đơn vị " + unit,
				"Đơn vị cdc đã trả lại báo cáo sau của đơn vị để chỉnh sửa:",
				"Lý do trả lại: Thiếu số liệu hoạt động truyền thông Ngày Thế giới phòng, chống lao 24/3",
				"Thời điểm trả lại: 22/06/2024 09:00 (giờ Việt Nam)", "/bao-cao/");
		assertThat(inbox(unit).items()).extracting(InboxPage.Item::title)
			.containsExactly("[Bị trả lại] Báo cáo 6 tháng đầu năm");
		assertThat(emailsTo(address)).hasSize(1);
	}

	@Test
	void dueSoonReminderReachesTheUnitOnceByEmailAndInboxAlthoughTheEventIsRedelivered() {
		String unit = SharedInfrastructure.uniqueName("ttyt-due");
		String address = unit + "@demo.syt.vn";
		publishUnit(unit, address);
		ProducerRecord<String, String> reminder = dueSoon(unit);
		String eventId = eventId(reminder);

		this.kafka.send(reminder);
		await().atMost(BROKER).until(() -> emailsTo(address).size() == 1);
		redeliver(Topics.REPORTING, eventId);

		String subject = "[Sắp đến hạn] Báo cáo 6 tháng đầu năm – Kế hoạch 91/KH-SYT: còn 3 ngày";
		assertThat(emailsTo(address)).extracting(MimeMessage::getSubject).containsExactly(subject);
		assertThat(inbox(unit).items()).extracting(InboxPage.Item::title).containsExactly(subject);
		assertThat(this.deliveries.findByRecipientUnitId(unit)).extracting(Delivery::channel, Delivery::status)
			.containsExactlyInAnyOrder(tuple(Channel.EMAIL, DeliveryStatus.SENT),
					tuple(Channel.INBOX, DeliveryStatus.SENT));
	}

	@Test
	void dueSoonReminderAtNightWaitsForTheMorningOutsideTheInbox() {
		String unit = SharedInfrastructure.uniqueName("ttyt-due-night");
		publishUnit(unit, unit + "@demo.syt.vn");
		clock.set(OffsetDateTime.parse("2024-06-19T22:15+07:00").toInstant());

		this.kafka.send(dueSoon(unit));

		await().atMost(BROKER).untilAsserted(() -> assertThat(this.deliveries.findByRecipientUnitId(unit))
			.extracting(Delivery::channel, Delivery::status)
			.containsExactlyInAnyOrder(tuple(Channel.INBOX, DeliveryStatus.SENT),
					tuple(Channel.EMAIL, DeliveryStatus.DEFERRED)));
	}

	@Test
	void planThemeReachesEachAssignedUnitOnceAlthoughTheEventIsRedelivered() {
		String yenThe = SharedInfrastructure.uniqueName("ttyt-theme");
		String tanYen = SharedInfrastructure.uniqueName("ttyt-theme");
		publishUnit(yenThe, yenThe + "@demo.syt.vn");
		publishUnit(tanYen, tanYen + "@demo.syt.vn");
		ProducerRecord<String, String> theme = themeUpcoming("PLAN", List.of(yenThe, tanYen));
		String eventId = eventId(theme);

		this.kafka.send(theme);
		await().atMost(BROKER).until(() -> inboxEntriesOf(eventId).size() == 2);
		redeliver(Topics.CALENDAR, eventId);

		String subject = "[Sắp đến] Ngày Thế giới phòng, chống lao – 24/03/2024: còn 14 ngày";
		assertThat(inboxEntriesOf(eventId)).extracting(InboxEntry::unitId, InboxEntry::title)
			.containsExactlyInAnyOrder(tuple(yenThe, subject), tuple(tanYen, subject));
		await().atMost(BROKER).until(() -> emailsTo(tanYen + "@demo.syt.vn").size() == 1);
		assertThat(emailsTo(yenThe + "@demo.syt.vn")).hasSize(1);
	}

	@Test
	void planThemeForAUnitNotInTheDirectoryServesTheKnownUnitsAndIsDeadLettered() {
		String known = SharedInfrastructure.uniqueName("ttyt-theme-known");
		String unknown = SharedInfrastructure.uniqueName("tyt-theme-unknown");
		publishUnit(known, null);
		ProducerRecord<String, String> theme = themeUpcoming("PLAN", List.of(known, unknown));

		this.kafka.send(theme);

		ConsumerRecord<String, String> dead = this.kafka
			.readUntil(Topics.deadLetter(Topics.CALENDAR, GROUP), (read) -> keys(read).contains(theme.key()), BROKER)
			.stream()
			.filter((record) -> theme.key().equals(record.key()))
			.findFirst()
			.orElseThrow();
		assertThat(KafkaTestClient.header(dead, "x-exception-message")).contains(unknown);
		assertThat(inboxEntriesOf(eventId(theme))).extracting(InboxEntry::unitId).containsExactly(known);
	}

	@ParameterizedTest(name = "a {0} theme reaches every unit in the replica once, in the inbox only")
	@ValueSource(strings = { "NATIONAL", "PROVINCE" })
	void nationalOrProvinceThemeReachesEveryUnitInTheReplicaOnceInTheInboxOnly(String scope) {
		String yenThe = SharedInfrastructure.uniqueName("ttyt-national");
		String boHa = SharedInfrastructure.uniqueName("tyt-national");
		publishUnit(yenThe, yenThe + "@demo.syt.vn");
		publishUnit(boHa, null);
		List<String> replica = this.units.findAll().stream().map(Unit::id).toList();
		ProducerRecord<String, String> theme = themeUpcoming(scope, List.of());
		String eventId = eventId(theme);

		this.kafka.send(theme);
		await().atMost(BROKER).until(() -> inboxEntriesOf(eventId).size() == replica.size());
		redeliver(Topics.CALENDAR, eventId);

		assertThat(inboxEntriesOf(eventId)).extracting(InboxEntry::unitId).containsExactlyInAnyOrderElementsOf(replica);
		assertThat(emailsTo(yenThe + "@demo.syt.vn")).isEmpty();
		assertThat(this.deliveries.findByRecipientUnitId(yenThe)).extracting(Delivery::channel)
			.containsExactly(Channel.INBOX);
	}

	@Test
	void aUnitsOwnThemeReachesTheUnitsItListsOnTheirChosenChannels() {
		String unit = SharedInfrastructure.uniqueName("tyt-own-theme");
		String other = SharedInfrastructure.uniqueName("tyt-not-listed");
		publishUnit(unit, unit + "@demo.syt.vn");
		publishUnit(other, other + "@demo.syt.vn");
		ProducerRecord<String, String> theme = themeUpcoming("UNIT", List.of(unit));

		this.kafka.send(theme);

		await().atMost(BROKER).until(() -> emailsTo(unit + "@demo.syt.vn").size() == 1);
		assertThat(inboxEntriesOf(eventId(theme))).extracting(InboxEntry::unitId).containsExactly(unit);
		assertThat(emailsTo(other + "@demo.syt.vn")).isEmpty();
	}

	@Test
	void aUnitChoosesWhichNoticesEachChannelCarries() {
		String unit = SharedInfrastructure.uniqueName("tyt-types");
		publishUnit(unit, unit + "@demo.syt.vn");
		this.http.put()
			.uri("/api/notifications/preferences")
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"unit\": \"" + unit + "\", \"channels\": [\"INBOX\", \"EMAIL\"], "
					+ "\"eventTypes\": {\"EMAIL\": [\"report.overdue\"]}}")
			.exchange()
			.expectStatus().isOk()
			.expectBody().jsonPath("$.eventTypes.EMAIL").isEqualTo(List.of("vn.health.report.overdue"));

		this.kafka.send(dueSoon(unit));
		this.kafka.send(overdue(unit));

		await().atMost(BROKER).until(() -> inbox(unit).total() == 2 && emailsTo(unit + "@demo.syt.vn").size() == 1);
		assertThat(emailsTo(unit + "@demo.syt.vn")).extracting(MimeMessage::getSubject).singleElement()
			.asString().startsWith("[Quá hạn]");
		assertThat(this.deliveries.findByRecipientUnitId(unit)).extracting(Delivery::channel, Delivery::eventType)
			.doesNotContain(tuple(Channel.EMAIL, "vn.health.report.due-soon"));
	}

	@Test
	void preferencesAreStoredAndAUnitThatNeverChoseGetsInboxAndEmail() {
		String unit = SharedInfrastructure.uniqueName("tyt-pref");
		this.http.get()
			.uri("/api/notifications/preferences?unit={unit}", unit)
			.exchange()
			.expectBody()
			.jsonPath("$.channels").value(List.class, (channels) -> assertThat(channels).containsExactlyInAnyOrder("INBOX", "EMAIL"));

		choose(unit, "[\"SMS\"]", "+84 912 000 003");

		this.http.get()
			.uri("/api/notifications/preferences?unit={unit}", unit)
			.exchange()
			.expectBody()
			.jsonPath("$.channels").isEqualTo(List.of("SMS"))
			.jsonPath("$.phone").isEqualTo("84912000003");
	}

	@Test
	void preferencesWithABadPhoneAreABadRequestInVietnameseAndEnglish() {
		this.http.put()
			.uri("/api/notifications/preferences")
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"unit\": \"tyt-x\", \"channels\": [\"SMS\"], \"phone\": \"024 3825 3531\"}")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.errors[0].field").isEqualTo("phone")
			.jsonPath("$.errors[0].message").isEqualTo("Số điện thoại di động không hợp lệ (ví dụ 0912345678)")
			.jsonPath("$.errors[0].messageEn").isEqualTo("Not a valid Vietnamese mobile number (e.g. 0912345678)");
	}

	/** When the gateway received the SMS to these numbers, in order. */
	private static List<Instant> smsArrivals(String phonePattern) {
		return providers.findAll(postRequestedFor(urlEqualTo("/sms/send"))
				.withRequestBody(matchingJsonPath("$.to", matching(phonePattern))))
			.stream()
			.map((request) -> request.getLoggedDate().toInstant())
			.sorted()
			.toList();
	}

	private static MappingBuilder smsTo(String phonePattern) {
		return post("/sms/send").withRequestBody(matchingJsonPath("$.to", matching(phonePattern)));
	}

	private Optional<Delivery> smsDelivery(String unit) {
		return this.deliveries.findByRecipientUnitId(unit).stream().filter((d) -> d.channel() == Channel.SMS).findFirst();
	}

}
