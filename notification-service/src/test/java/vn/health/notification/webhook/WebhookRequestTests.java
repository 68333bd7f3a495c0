package vn.health.notification.webhook;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.health.servicekit.web.FieldProblem;
import vn.health.servicekit.web.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class WebhookRequestTests {

	private final WebhookTargets targets = new WebhookTargets(false);

	@Test
	void eventTypesAreReadFromTheCatalogueEachOnce() {
		WebhookRequest request = new WebhookRequest("https://203.113.131.1/hook",
				List.of("report.overdue", "plan.issued", "report.overdue"));

		assertThat(request.validated(this.targets)).containsExactly(WebhookEventType.PLAN_ISSUED,
				WebhookEventType.REPORT_OVERDUE);
	}

	@Test
	void everyProblemIsReportedAtOnceInVietnameseAndEnglish() {
		WebhookRequest request = new WebhookRequest("http://192.168.0.5/hook", List.of("report.deleted"));

		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> request.validated(this.targets))
			.extracting(InvalidInputException::problems)
			.satisfies((problems) -> assertThat(problems).extracting(FieldProblem::field)
				.containsExactly("eventTypes", "url"))
			.satisfies((problems) -> assertThat(problems.get(0).message())
				.isEqualTo("Loại sự kiện không có trong danh mục: [report.deleted] (plan.issued, plan.amended, "
						+ "report.submitted, report.overdue, report.escalated)"));
	}

	@Test
	void aMissingUrlAndMissingEventTypesAreBothReported() {
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> new WebhookRequest(null, null).validated(this.targets))
			.extracting(InvalidInputException::problems)
			.satisfies((problems) -> assertThat(problems).extracting(FieldProblem::field)
				.containsExactly("eventTypes", "url"));
	}

}
