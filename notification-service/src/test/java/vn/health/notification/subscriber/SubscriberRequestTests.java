package vn.health.notification.subscriber;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.health.notification.delivery.Channel;
import vn.health.servicekit.web.FieldProblem;
import vn.health.servicekit.web.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class SubscriberRequestTests {

	private static final Instant NOW = Instant.parse("2024-06-19T03:00:00Z");

	@Test
	void aPersonIsStoredWithANormalisedPhoneAndCloudEventTypes() {
		Subscriber person = new SubscriberRequest(" tyt-dong-ky ", "Nguyễn Thị Hoa", "hoa.tyt@demo.syt.vn",
				"0912 345 678", List.of("email", "SMS"), List.of("report.overdue", "report.due-soon"))
			.toSubscriber("hoa", NOW);

		assertThat(person.unitId()).isEqualTo("tyt-dong-ky");
		assertThat(person.phone()).isEqualTo("84912345678");
		assertThat(person.channels()).containsExactlyInAnyOrder(Channel.EMAIL, Channel.SMS);
		assertThat(person.eventTypes()).containsExactly("vn.health.report.overdue", "vn.health.report.due-soon");
		assertThat(person.recipientId()).isEqualTo("person:" + person.id());
		assertThat(person.subject()).isEqualTo("hoa");
	}

	@Test
	void anInvalidEmailAndPhoneAndAnUnknownTypeAreReportedTogether() {
		SubscriberRequest request = new SubscriberRequest("tyt", "Hoa", "hoa@", "024 3825 3531",
				List.of("EMAIL", "SMS"), List.of("report.deleted"));

		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> request.toSubscriber("hoa", NOW))
			.extracting(InvalidInputException::problems)
			.satisfies((problems) -> assertThat(problems).extracting(FieldProblem::field)
				.containsExactly("eventTypes", "email", "phone"));
	}

	@Test
	void aChannelWithoutItsAddressAndTheInboxAreRefused() {
		SubscriberRequest request = new SubscriberRequest("tyt", " ", null, null, List.of("SMS", "INBOX"),
				List.of("report.overdue"));

		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> request.toSubscriber("hoa", NOW))
			.extracting(InvalidInputException::problems)
			.satisfies((problems) -> assertThat(problems).extracting(FieldProblem::field)
				.containsExactly("name", "channels", "phone"));
	}

}
