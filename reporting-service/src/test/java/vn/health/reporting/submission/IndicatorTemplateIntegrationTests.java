package vn.health.reporting.submission;

import org.junit.jupiter.api.Test;

import vn.health.reporting.IntegrationTestSupport;
import vn.health.reporting.ReportingApi;
import vn.health.reporting.TemplatedPlan;
import vn.health.testkit.JsonHttp;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.health.reporting.ReportingApi.assertInvalid;
import static vn.health.reporting.TemplatedPlan.ARTICLES;
import static vn.health.reporting.TemplatedPlan.REACHED;

/** A report's figures must fit the requirement's indicator template. */
class IndicatorTemplateIntegrationTests extends IntegrationTestSupport {

	@Test
	void figuresOutsideTheTemplateMissingNegativeOrNotNumbersAreFieldErrorsAndNothingIsStored() {
		ReportingApi api = api();
		String id = TemplatedPlan.issue(api, this.kafka) + ".r1.ttyt-yen-the";

		JsonHttp.Response unknown = api.submit(id, "ttyt-yen-the",
				"{\"narrative\": \"x\", \"indicators\": {\"" + ARTICLES + "\": 1, \"" + REACHED + "\": 2, \"so-xe\": 3}}");
		assertInvalid(unknown, "indicators.so-xe");
		assertThat(unknown.body()).contains("không có trong mẫu báo cáo", ARTICLES);
		JsonHttp.Response missing = api.submit(id, "ttyt-yen-the",
				"{\"narrative\": \"x\", \"indicators\": {\"" + ARTICLES + "\": 1}}");
		assertInvalid(missing, "indicators." + REACHED);
		assertThat(missing.body()).contains("Thiếu chỉ tiêu", "Số người được tiếp cận");
		assertInvalid(api.submit(id, "ttyt-yen-the", TemplatedPlan.report(-1, 2)), "indicators." + ARTICLES);
		assertInvalid(api.submit(id, "ttyt-yen-the", TemplatedPlan.report("\"mười\"", 2)), "indicators." + ARTICLES);

		assertThat(api.obligation(id).get("submissions")).isEmpty();
		assertThat(api.obligation(id).get("indicators").get(1).get("unit").asString()).isEqualTo("lượt người");
		assertThat(api.submit(id, "ttyt-yen-the", TemplatedPlan.report(12, 3400)).status()).isEqualTo(201);
	}

}
