package vn.health.notification.preference;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.health.notification.delivery.Channel;
import vn.health.servicekit.web.FieldProblem;
import vn.health.servicekit.web.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PreferencesRequestTests {

	private static final Instant NOW = Instant.parse("2024-06-19T03:00:00Z");

	@Test
	void normalisesVietnameseMobileNumbersAndChannelNames() {
		Preferences chosen = new PreferencesRequest(" ttyt-yen-the ", List.of("inbox", "SMS", "Zalo"), null,
				"0912 345 678", "+84 98.765.4321", null, null).toPreferences(NOW);

		assertThat(chosen.unitId()).isEqualTo("ttyt-yen-the");
		assertThat(chosen.channels()).containsExactlyInAnyOrder(Channel.INBOX, Channel.SMS, Channel.ZALO);
		assertThat(chosen.phone()).isEqualTo("84912345678");
		assertThat(chosen.zaloPhone()).isEqualTo("84987654321");
		assertThat(chosen.updatedAt()).isEqualTo(NOW);
	}

	@Test
	void smsAndZaloNeedTheirNumbers() {
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> new PreferencesRequest("tyt", List.of("SMS", "ZALO"), null, null, null, null, null).toPreferences(NOW))
			.satisfies((ex) -> assertThat(ex.problems()).extracting(FieldProblem::field)
				.containsExactly("phone", "zaloPhone"))
			.satisfies((ex) -> assertThat(ex.problems().get(0).message()).isEqualTo("Cần số điện thoại để nhận SMS"));
	}

	@Test
	void refusesBadAddressesUnknownChannelsAndAMissingUnitAllAtOnce() {
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> new PreferencesRequest(" ", List.of("EMAIL", "FAX"), "văn thư@", "024 3825 3531", "12345", null, null)
				.toPreferences(NOW))
			.satisfies((ex) -> assertThat(ex.problems()).extracting(FieldProblem::field)
				.containsExactly("unit", "channels", "email", "phone", "zaloPhone"))
			.satisfies((ex) -> assertThat(ex.problems().get(1).messageEn()).contains("[FAX]"));
	}

	@Test
	void atLeastOneChannelMustBeOn() {
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> new PreferencesRequest("tyt", List.of(), null, null, null, null, null).toPreferences(NOW))
			.satisfies((ex) -> assertThat(ex.problems()).extracting(FieldProblem::field).containsExactly("channels"));
	}

	@Test
	void eachChannelMayCarryOnlyTheNoticeTypesChosenForIt() {
		Preferences chosen = new PreferencesRequest("tyt", List.of("INBOX", "EMAIL", "SMS"), null, "0912345678", null,
				null, Map.of("sms", List.of("report.overdue", "report.escalated"))).toPreferences(NOW);

		assertThat(chosen.eventTypes()).containsOnlyKeys(Channel.SMS);
		assertThat(chosen.wants(Channel.SMS, "vn.health.report.overdue")).isTrue();
		assertThat(chosen.wants(Channel.SMS, "vn.health.report.due-soon")).isFalse();
		assertThat(chosen.wants(Channel.EMAIL, "vn.health.report.due-soon")).isTrue();
		assertThat(chosen.wants(Channel.ZALO, "vn.health.report.overdue")).isFalse();
	}

	@Test
	void typesAreChosenOnlyForChannelsThatAreOnAndFromTheCatalogue() {
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> new PreferencesRequest("tyt", List.of("INBOX", "EMAIL"), null, null, null, null,
					Map.of("ZALO", List.of("report.overdue"), "EMAIL", List.of("plan.issued"))).toPreferences(NOW))
			.satisfies((ex) -> assertThat(ex.problems()).extracting(FieldProblem::field)
				.containsExactlyInAnyOrder("eventTypes.ZALO", "eventTypes.EMAIL"))
			.satisfies((ex) -> assertThat(ex.problems()).extracting(FieldProblem::messageEn)
				.anySatisfy((message) -> assertThat(message).contains("[plan.issued]")));
	}

	@Test
	void aUnitThatNeverChoseGetsInboxAndEmail() {
		assertThat(Preferences.defaults("tyt").channels()).containsExactlyInAnyOrder(Channel.INBOX, Channel.EMAIL);
	}

}
