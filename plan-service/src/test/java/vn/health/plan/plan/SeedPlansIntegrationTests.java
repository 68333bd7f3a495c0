package vn.health.plan.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.web.server.LocalServerPort;

import vn.health.plan.PlanServiceTest;
import vn.health.contracts.CloudEventHeaders;
import vn.health.contracts.plan.PlanAmended;
import vn.health.contracts.plan.PlanIssued;
import vn.health.contracts.plan.PlanPeriod;
import vn.health.contracts.plan.ReportingRequirement;
import vn.health.plan.PlanServiceApi;
import vn.health.testkit.JsonHttp;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.health.plan.PlanServiceApi.assertHasEveryField;
import static vn.health.plan.PlanServiceApi.assertProblem;
import static vn.health.testkit.KafkaTestClient.header;

/** The real plans of {@code shared/documents}, entered through the API and read back field for field. */
@PlanServiceTest
class SeedPlansIntegrationTests {

	private final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	private PlanServiceApi api;

	private Map<String, String> units;

	@BeforeEach
	void directory() {
		this.api = new PlanServiceApi(this.port);
		this.units = Map.of("syt", this.api.unit("Sở Y tế tỉnh", "DEPARTMENT_OF_HEALTH"), "cdc",
				this.api.unit("Trung tâm Kiểm soát bệnh tật tỉnh", "PROVINCIAL_CDC"));
		this.api.unit("Trung tâm Y tế huyện Yên Thế", "DISTRICT_HEALTH_CENTRE");
		this.api.unit("Bệnh viện Đa khoa tỉnh", "HOSPITAL");
		this.api.unit("Phòng khám đa khoa tư nhân", "PRIVATE_FACILITY");
	}

	@Test
	void theBacGiangPlanIsStoredWithoutLossAndIssuedToEveryDistrictCentre() {
		String plan = PlanServiceApi.seedPlan("bac-giang-2024-truyen-thong-y-te", this.units);
		String id = this.api.createdId(this.api.http().post("/api/plans", plan));

		JsonNode stored = this.api.http().get("/api/plans/" + id).json();

		assertHasEveryField(this.json.readTree(plan), stored, "plan");
		assertThat(stored.get("status").asString()).isEqualTo("DRAFT");
		assertThat(stored.get("themes")).hasSize(38);
		assertThat(stored.get("themes").get(6).get("name").asString()).isEqualTo("Ngày Thế giới phòng, chống lao");
		assertThat(stored.get("themes").get(34).get("timing").asString()).isEqualTo("01/12 và Tháng 12");
		assertThat(stored.get("sections").get(2).get("subsections")).hasSize(11);

		JsonHttp.Response issued = this.api.http().post("/api/plans/" + id + "/issue", null);
		assertThat(issued.status()).as(issued.toString()).isEqualTo(200);
		List<String> districtCentres = unitsOfType("DISTRICT_HEALTH_CENTRE");
		JsonNode requirement = issued.json().get("requirements").get(1);
		assertThat(requirement.get("resolvedReporterUnitIds").valueStream().map(JsonNode::asString))
			.containsExactlyInAnyOrderElementsOf(districtCentres);
		assertThat(issued.json().get("assignments").get(4).get("resolvedUnitIds").valueStream().map(JsonNode::asString))
			.containsAll(unitsOfType("HOSPITAL"))
			.containsAll(unitsOfType("PRIVATE_FACILITY"));

		ConsumerRecord<String, String> event = this.api.planEvents(id, 1).get(0);
		assertThat(header(event, CloudEventHeaders.TYPE)).isEqualTo("vn.health.plan.issued");
		PlanIssued snapshot = this.json.readValue(event.value(), PlanIssued.class);
		assertThat(snapshot.version()).isEqualTo(1);
		assertThat(snapshot.issuerUnitId()).isEqualTo(this.units.get("syt"));
		assertThat(snapshot.themes()).hasSize(38);
		assertThat(snapshot.assignments()).hasSize(5);
		assertThat(snapshot.requirements()).extracting(ReportingRequirement::dueDate)
			.map(Object::toString)
			.containsExactly("2024-03-20", "2024-06-20", "2024-09-20", "2024-11-20");
		assertThat(snapshot.requirements()).allSatisfy((report) -> {
			assertThat(report.recipientUnitId()).isEqualTo(this.units.get("cdc"));
			assertThat(report.reporterUnitIds()).containsExactlyInAnyOrderElementsOf(districtCentres);
		});
	}

	@Test
	void theLangSonTwoLevelChainIsKeptAsAChain() {
		String plan = PlanServiceApi.seedPlan("lang-son-2024-thong-tin-truyen-thong-y-te", this.units);
		String id = this.api.createdId(this.api.http().post("/api/plans", plan));

		JsonNode stored = this.api.http().get("/api/plans/" + id).json();

		assertHasEveryField(this.json.readTree(plan), stored, "plan");
		JsonNode requirements = stored.get("requirements");
		assertThat(requirements.get(2).get("upstreamRequirementId").asString()).isEqualTo("don-vi-6-thang");
		assertThat(requirements.get(3).get("upstreamRequirementId").asString()).isEqualTo("don-vi-nam");
		assertThat(requirements.get(0).get("upstreamRequirementId").isNull()).isTrue();
		// the plan's own slip: the CDC's 2024 report is titled "6 tháng đầu năm 2023"
		assertThat(stored.get("warnings").valueStream().map((warning) -> warning.get("field").asString()))
			.contains("number", "requirements[2].title")
			.doesNotContain("requirements[3].title");
	}

	@Test
	void theLangSonCampaignRunsItsOwnPeriodAndAssignsByUnitLevel() {
		this.api.unit("Trạm Y tế xã Hoàng Đồng", "COMMUNE_HEALTH_STATION");
		String plan = PlanServiceApi.seedPlan("lang-son-2024-co-so-y-te-xanh-sach-dep", this.units);
		String id = this.api.createdId(this.api.http().post("/api/plans", plan));

		JsonHttp.Response issued = this.api.http().post("/api/plans/" + id + "/issue", null);

		assertThat(issued.status()).as(issued.toString()).isEqualTo(200);
		assertHasEveryField(this.json.readTree(plan), this.api.http().get("/api/plans/" + id).json(), "plan");
		assertThat(issued.json().get("assignments").get(2).get("resolvedUnitIds").valueStream().map(JsonNode::asString))
			.containsExactlyInAnyOrderElementsOf(unitsOfType("COMMUNE_HEALTH_STATION"));
		PlanIssued snapshot = this.json.readValue(this.api.planEvents(id, 1).get(0).value(), PlanIssued.class);
		assertThat(snapshot.period()).isEqualTo(new PlanPeriod(LocalDate.of(2024, 8, 15), LocalDate.of(2025, 1, 31)));
		assertThat(snapshot.requirements()).isEmpty();
	}

	@Test
	void theLangSonSlipIsCorrectedByAnAmendmentAndTheFirstVersionStaysReadable() {
		this.api.unit("Bệnh viện Đa khoa tỉnh Lạng Sơn", "HOSPITAL");
		String plan = PlanServiceApi.seedPlan("lang-son-2024-thong-tin-truyen-thong-y-te", this.units);
		String id = this.api.createdId(this.api.http().post("/api/plans", plan));
		this.api.as("pgd-soi").post("/api/plans/" + id + "/issue", null);
		String corrected = plan.replace("6 tháng đầu năm 2023 trên địa bàn tỉnh", "6 tháng đầu năm 2024 trên địa bàn tỉnh");

		JsonHttp.Response amended = this.api.as("pgd-soi").post("/api/plans/" + id + "/amendments", """
				{"reason": "Sửa năm trong tên báo cáo sơ kết của CDC", "plan": %s}""".formatted(corrected));

		assertThat(amended.status()).as(amended.toString()).isEqualTo(200);
		assertThat(amended.json().get("warnings").valueStream().map((warning) -> warning.get("field").asString()))
			.doesNotContain("requirements[2].title");
		JsonNode first = this.api.http().get("/api/plans/" + id + "/versions/1").json();
		assertHasEveryField(this.json.readTree(plan), first.get("content"), "version 1");
		assertHasEveryField(this.json.readTree(corrected), this.api.http().get("/api/plans/" + id).json(), "version 2");
		PlanAmended event = this.json.readValue(this.api.planEvents(id, 2).get(1).value(), PlanAmended.class);
		assertThat(event.changed()).containsExactly("requirements");
		assertThat(event.requirements().get(2).title()).contains("năm 2024 trên địa bàn tỉnh");
		assertThat(event.requirements().get(2).upstreamRequirementId()).isEqualTo("don-vi-6-thang");
		assertThat(event.requirements().get(0).reporterUnitIds()).containsAll(unitsOfType("HOSPITAL"));
	}

	@Test
	void theLangSonTypoInTheUnitsDeadlineIsRefused() {
		String plan = PlanServiceApi.seedPlan("lang-son-2024-thong-tin-truyen-thong-y-te", this.units)
			.replace("\"dueDate\": \"2024-06-15\"", "\"dueDate\": \"2023-06-15\"");

		JsonHttp.Response refused = this.api.http().post("/api/plans", plan);

		assertProblem(refused, "requirements[0].dueDate");
		assertThat(refused.body()).contains("2023-06-15", "2024");
	}

	private List<String> unitsOfType(String type) {
		return this.api.http()
			.get("/api/units?size=100&type=" + type)
			.json()
			.get("items")
			.valueStream()
			.map((unit) -> unit.get("id").asString())
			.toList();
	}

}
