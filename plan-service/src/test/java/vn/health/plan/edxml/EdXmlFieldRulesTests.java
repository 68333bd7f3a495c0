package vn.health.plan.edxml;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.health.servicekit.edxml.EdXmlHeader;
import vn.health.servicekit.web.FieldProblem;

import static org.assertj.core.api.Assertions.assertThat;

/** What a package must hold before it leaves the platform. */
class EdXmlFieldRulesTests {

	@Test
	void aCompleteHeaderMaySend() {
		assertThat(EdXmlFieldRules.check(header("91", "KH-SYT", "Truyền thông y tế năm 2024", "Từ Quốc Hiệu"))).isEmpty();
	}

	@Test
	void namesEveryFieldThatIsMissingTooLongOrMalformed() {
		List<FieldProblem> problems = EdXmlFieldRules.check(header("91a", null, "x".repeat(501), "Nguyễn".repeat(10)));

		assertThat(problems).extracting(FieldProblem::field)
			.containsExactly("MessageHeader.Code.CodeNotation", "MessageHeader.Code.CodeNumber", "MessageHeader.Subject",
					"MessageHeader.SignerInfo.FullName");
		assertThat(problems).allSatisfy((problem) -> {
			assertThat(problem.message()).isNotBlank();
			assertThat(problem.messageEn()).isNotBlank();
		});
		assertThat(problems.get(2).messageEn()).contains("501", "500");
	}

	private static EdXmlHeader header(String number, String notation, String subject, String signer) {
		return new EdXmlHeader(new EdXmlHeader.Organ("syt", "Sở Y tế tỉnh Bắc Giang"), List.of(), "p1.v1", number, notation,
				"Bắc Giang", LocalDate.of(2024, 3, 11), "Kế hoạch", subject,
				new EdXmlHeader.SignerInfo("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", signer), List.of("Lãnh đạo Sở;"));
	}

}
