package vn.health.notification;

import java.util.List;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import vn.health.notification.subscriber.Subscriber;
import vn.health.testkit.SharedInfrastructure;
import vn.health.testkit.security.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Persons who subscribe to their unit's notices get them on their own addresses, besides the unit. */
class SubscriberIntegrationTests extends IntegrationTestSupport {

	@Test
	void aSubscribedPersonGetsTheOverdueAlertBesidesTheUnitButNotTypesTheyDidNotChoose() {
		String unit = SharedInfrastructure.uniqueName("tyt-person");
		String person = SharedInfrastructure.uniqueName("hoa") + "@demo.syt.vn";
		publishUnit(unit, unit + "@demo.syt.vn");
		person(unit, "hoa").post()
			.uri("/api/notifications/subscribers")
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"unit\": \"" + unit + "\", \"name\": \"Nguyễn Thị Hoa\", \"email\": \"" + person
					+ "\", \"channels\": [\"EMAIL\"], \"eventTypes\": [\"report.overdue\"]}")
			.exchange()
			.expectStatus().isCreated()
			.expectBody().jsonPath("$.eventTypes").isEqualTo(List.of("vn.health.report.overdue"));

		this.kafka.send(dueSoon(unit));
		this.kafka.send(overdue(unit));

		await().atMost(BROKER).until(() -> emailsTo(unit + "@demo.syt.vn").size() == 2 && emailsTo(person).size() == 1);
		assertThat(emailsTo(person)).extracting(MimeMessage::getSubject)
			.containsExactly("[Quá hạn] Báo cáo 6 tháng đầu năm – Kế hoạch 91/KH-SYT");
		person(unit, "hoa").get()
			.uri("/api/notifications/subscribers?unit={unit}", unit)
			.exchange()
			.expectBody().jsonPath("$[0].name").isEqualTo("Nguyễn Thị Hoa");
	}

	@Test
	void aPersonSeesAndRemovesOnlyTheirOwnSubscription() {
		String unit = SharedInfrastructure.uniqueName("tyt-self");
		publishUnit(unit, null);
		String id = person(unit, "hoa").post()
			.uri("/api/notifications/subscribers")
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"unit\": \"" + unit + "\", \"name\": \"Nguyễn Thị Hoa\", \"email\": \"hoa@demo.syt.vn\", "
					+ "\"channels\": [\"EMAIL\"], \"eventTypes\": [\"report.overdue\"]}")
			.exchange()
			.expectStatus().isCreated()
			.expectBody(Subscriber.class).returnResult().getResponseBody().id();

		person(unit, "lan").get().uri("/api/notifications/subscribers?unit={unit}", unit).exchange()
			.expectStatus().isOk()
			.expectBody().jsonPath("$.length()").isEqualTo(0);
		person(unit, "lan").delete().uri("/api/notifications/subscribers/{id}", id).exchange()
			.expectStatus().isForbidden()
			.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		person(unit, "hoa").delete().uri("/api/notifications/subscribers/{id}", id).exchange()
			.expectStatus().isNoContent();
		person(unit, "hoa").get().uri("/api/notifications/subscribers?unit={unit}", unit).exchange()
			.expectBody().jsonPath("$.length()").isEqualTo(0);
	}

	@Test
	void anInvalidEmailOrPhoneIsABadRequestInVietnameseAndEnglish() {
		person("tyt-x", "hoa").post()
			.uri("/api/notifications/subscribers")
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"unit\": \"tyt-x\", \"name\": \"Hoa\", \"email\": \"hoa@syt\", \"phone\": \"12345\", "
					+ "\"channels\": [\"EMAIL\", \"SMS\"], \"eventTypes\": [\"report.overdue\"]}")
			.exchange()
			.expectStatus().isBadRequest()
			.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.errors[*].field").isEqualTo(List.of("email", "phone"))
			.jsonPath("$.errors[0].message").isEqualTo("Địa chỉ thư điện tử không hợp lệ")
			.jsonPath("$.errors[1].messageEn").isEqualTo("Not a valid Vietnamese mobile number (e.g. 0912345678)");
	}

	@Test
	void removingAnUnknownSubscriberIsNotFound() {
		person("tyt-x", "hoa").delete().uri("/api/notifications/subscribers/{id}", "khong-co").exchange()
			.expectStatus().isNotFound();
	}

	/** A person of {@code unit} signed in with their own user name. */
	private RestTestClient person(String unit, String userName) {
		return withToken(TestTokens.get().sign(TestTokens.get().claims(userName, unit, "UNIT_OFFICER").build()));
	}

}
