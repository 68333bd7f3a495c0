package vn.health.plan.plan;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import vn.health.plan.PlanServiceApi;
import vn.health.plan.PlanServiceTest;
import vn.health.testkit.JsonHttp;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.health.plan.PlanServiceApi.assertProblem;

/** Each rule a plan must meet refuses bad input with its field, in Vietnamese and English, and stores nothing. */
@PlanServiceTest
class PlanValidationIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	MongoTemplate mongo;

	private PlanServiceApi api;

	private String syt;

	private String cdc;

	private String district;

	@BeforeEach
	void directory() {
		this.api = new PlanServiceApi(this.port);
		this.syt = this.api.unit("Sở Y tế", "DEPARTMENT_OF_HEALTH");
		this.cdc = this.api.unit("CDC tỉnh", "PROVINCIAL_CDC");
		this.district = this.api.unit("TTYT huyện Sơn Động", "DISTRICT_HEALTH_CENTRE");
	}

	@Test
	void aDeadlineOutsideThePlanYearOrTheNextIsRefused() {
		assertRefused(plan("", requirement("r1", "2023-06-15", this.district, this.cdc, null)), "requirements[0].dueDate");
		assertRefused(plan("", requirement("r1", "2026-01-15", this.district, this.cdc, null)), "requirements[0].dueDate");
		assertThat(post(plan("", requirement("r1", "2025-01-15", this.district, this.cdc, null))).status()).isEqualTo(201);
	}

	@Test
	void aRecipientThatIsNotAUnitIsRefused() {
		assertRefused(plan("", requirement("r1", "2024-06-15", this.district, "so-y-te-khong-co", null)),
				"requirements[0].recipientUnitId");
		assertRefused(plan("", requirement("r1", "2024-06-15", this.district, this.district, null)),
				"requirements[0].reporterUnitIds");
	}

	@Test
	void aChainWhoseUpstreamDeadlineIsAfterTheDownstreamOneIsRefused() {
		assertRefused(plan("", requirement("don-vi", "2024-06-21", this.district, this.cdc, null) + ","
				+ requirement("cdc", "2024-06-20", this.cdc, this.syt, "don-vi")), "requirements[1].dueDate");
	}

	@Test
	void aBrokenChainIsRefused() {
		assertRefused(plan("", requirement("cdc", "2024-06-20", this.cdc, this.syt, "khong-co")),
				"requirements[0].upstreamRequirementId");
		assertRefused(plan("", requirement("cdc", "2024-06-20", this.cdc, this.syt, "cdc")),
				"requirements[0].upstreamRequirementId");
		assertRefused(plan("", requirement("a", "2024-06-20", this.district, this.cdc, "b") + ","
				+ requirement("b", "2024-06-20", this.cdc, this.syt, "a")), "requirements[0].upstreamRequirementId");
		// the units report to the CDC, but the CDC is not the one consolidating for the Sở
		assertRefused(plan("", requirement("don-vi", "2024-06-15", this.district, this.cdc, null) + ","
				+ requirement("so", "2024-06-20", this.district, this.syt, "don-vi")), "requirements[1].upstreamRequirementId");
		assertRefused(plan("", requirement("r.1", "2024-06-20", this.district, this.cdc, null) + ","
				+ requirement("r2", "2024-06-20", this.district, this.cdc, null) + ","
				+ requirement("r2", "2024-06-21", this.district, this.cdc, null)),
				"requirements[0].requirementId", "requirements[2].requirementId");
	}

	@Test
	void aNumberIsUsedOncePerIssuerAndYear() {
		String number = "\"number\": \"12/KH-SYT\", \"issuerUnitId\": \"" + this.syt + "\"";
		String otherIssuer = this.api.unit("Sở Y tế tỉnh khác", "DEPARTMENT_OF_HEALTH");
		assertThat(post(plan(number + ",", "")).status()).isEqualTo(201);

		assertRefused(plan(number + ",", ""), "number");
		assertThat(post(plan(number.replace(this.syt, otherIssuer) + ",", "")).status()).isEqualTo(201);
		assertThat(post(plan(number + ",", "").replace("\"year\": 2024", "\"year\": 2025")).status()).isEqualTo(201);
		assertThat(post(plan("\"number\": \"/KH-SYT\", \"issuerUnitId\": \"" + this.syt + "\",", "")).status())
			.isEqualTo(201);
		assertThat(post(plan("\"number\": \"/KH-SYT\", \"issuerUnitId\": \"" + this.syt + "\",", "")).status())
			.isEqualTo(201);
	}

	@Test
	void theDocumentPartsAreChecked() {
		assertRefused(plan("""
				"issuerUnitId": "khong-co", "kind": "CAMPAIGN", "date": {"day": 31, "month": 2, "year": 2024},
				"legalBases": [{"number": "128 QĐ-BYT"}],
				"sections": [{"kind": "CONTENT"}],
				"assignments": [{"assignee": "Trạm Y tế xã", "task": ""}],
				"themes": [{"name": "Ngày Thế giới phòng, chống lao"}],
				"recipients": [{"name": "Báo Lạng Sơn;", "unitId": "khong-co"}],
				"contacts": [{"name": "Đ/c Đỗ Thị Vui", "email": "khong-phai-email", "phone": "ab"}],""", ""),
				"issuerUnitId", "period", "date", "legalBases[0].title", "legalBases[0].number", "sections[0].text",
				"assignments[0].task", "themes[0].timing", "recipients[0].unitId",
				"contacts[0].email", "contacts[0].phone");
		assertRefused(plan("""
				"kind": "CAMPAIGN", "period": {"from": "2025-01-31", "to": "2024-08-15"},""", ""), "period",
				"period.from");
		assertRefused(plan("\"date\": {\"day\": 5},", ""), "date.year", "date.month");
		assertRefused(plan("""
				"assignments": [{"assignee": "Trạm Y tế xã", "task": "Treo băng rôn", "unitIds": [null, ""],
				                 "unitTypes": [null]}],""", ""), "assignments[0].unitIds", "assignments[0].unitTypes");
	}

	@Test
	void indicatorTemplatesAndTheAlertLadderAreChecked() {
		String report = requirement("r1", "2024-06-15", this.district, this.cdc, null);
		String badTemplate = withIndicators(report, """
				{"code": "so-bai-viet", "name": "Số tin, bài", "unit": "bài"},
				{"code": "so-bai-viet", "name": "Số tin, bài lần nữa", "unit": "bài"},
				{"code": "có dấu cách", "name": " ", "unit": ""}, null""");
		assertRefused(plan("", badTemplate), "requirements[0].indicators[1].code", "requirements[0].indicators[2].code",
				"requirements[0].indicators[2].name", "requirements[0].indicators[2].unit",
				"requirements[0].indicators[3]");
		assertRefused(plan("""
				"alertLadder": {"reminderDaysBefore": [7, -1, 7, 400], "escalationWorkingDays": -3},""", report),
				"alertLadder.reminderDaysBefore[1]", "alertLadder.reminderDaysBefore[2]",
				"alertLadder.reminderDaysBefore[3]", "alertLadder.escalationWorkingDays");
		assertRefused(plan("\"alertLadder\": {\"reminderDaysBefore\": [3]},", report), "alertLadder.escalationWorkingDays");

		JsonHttp.Response accepted = post(plan("""
				"alertLadder": {"reminderDaysBefore": [1, 5], "escalationWorkingDays": 2},""",
				withIndicators(report, "{\"code\": \"so-bai-viet\", \"name\": \"Số tin, bài đăng tải\", \"unit\": \"bài\"}")));
		assertThat(accepted.status()).as(accepted.toString()).isEqualTo(201);
		assertThat(accepted.json().get("alertLadder").get("reminderDaysBefore").get(0).asInt()).isEqualTo(5);
		assertThat(accepted.json().get("requirements").get(0).get("indicators").get(0).get("unit").asString())
			.isEqualTo("bài");
	}

	private static String withIndicators(String requirement, String indicators) {
		return requirement.substring(0, requirement.lastIndexOf('}')) + ", \"indicators\": [" + indicators + "]}";
	}

	private void assertRefused(String plan, String... fields) {
		long before = this.mongo.getCollection("plans").countDocuments();
		assertProblem(post(plan), fields);
		assertThat(this.mongo.getCollection("plans").countDocuments()).isEqualTo(before);
	}

	private JsonHttp.Response post(String plan) {
		return this.api.http().post("/api/plans", plan);
	}

	private static String plan(String header, String requirements) {
		return """
				{%s "title": "Kế hoạch thông tin, truyền thông y tế năm 2024", "year": 2024, "requirements": [%s]}"""
			.formatted(header, requirements);
	}

	private static String requirement(String id, String dueDate, String reporter, String recipient, String upstream) {
		return """
				{"requirementId": "%s", "title": "Báo cáo 6 tháng", "dueDate": "%s", "dueRule": "BEFORE_DAY",
				 "reporterUnitIds": ["%s"], "recipientUnitId": "%s"%s}"""
			.formatted(id, dueDate, reporter, recipient,
					(upstream != null) ? ", \"upstreamRequirementId\": \"" + upstream + "\"" : "");
	}

}
