package vn.health.plan.plan;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import vn.health.contracts.CloudEventHeaders;
import vn.health.contracts.EventType;
import vn.health.contracts.plan.PlanIssued;
import vn.health.plan.PlanServiceApi;
import vn.health.plan.PlanServiceTest;
import vn.health.testkit.JsonHttp;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.health.plan.PlanServiceApi.assertProblem;
import static vn.health.testkit.KafkaTestClient.header;

/**
 * The Bắc Giang plan's reporting regime as its document reads: two "Định kỳ" reports without a date (one sent to
 * agencies outside the directory), four dated ones. The draft is kept as it is; issuing names what is missing and
 * changes nothing; once completed, it is issued.
 */
@PlanServiceTest
class IncompleteDraftIntegrationTests {

	private final JsonMapper json = JsonMapper.builder().build();

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
		// Names no document uses, so the importer's tests still match theirs to exactly one unit.
		this.syt = this.api.unit("Sở Y tế (dự thảo chưa đủ hạn)", "DEPARTMENT_OF_HEALTH");
		this.cdc = this.api.unit("CDC (dự thảo chưa đủ hạn)", "PROVINCIAL_CDC");
		this.district = this.api.unit("TTYT huyện (dự thảo chưa đủ hạn)", "DISTRICT_HEALTH_CENTRE");
	}

	@Test
	void aDraftWithoutDeadlinesIsSavedWithWhatItLacksBeforeIssuing() {
		JsonHttp.Response saved = this.api.http().post("/api/plans", plan(asRead()));

		assertThat(saved.status()).as(saved.toString()).isEqualTo(201);
		assertThat(saved.json().get("status").asString()).isEqualTo("DRAFT");
		assertThat(fields(saved.json().get("missing"))).containsExactly("requirements[0].dueDate",
				"requirements[0].recipientUnitId", "requirements[1].dueDate");
		assertThat(saved.json().get("missing").get(2).get("message").asString())
			.isEqualTo("Báo cáo 2 “Định kỳ tổng hợp báo cáo kết quả hoạt động truyền thông y tế toàn ngành”: chưa có hạn nộp");
		assertThat(saved.json().get("missing").get(2).get("messageEn").asString()).isNotBlank();
		String id = saved.json().get("id").asString();
		assertThat(fields(this.api.http().get("/api/plans/" + id).json().get("missing"))).hasSize(3);
	}

	@Test
	void issuingAnIncompleteDraftIsRefusedNamingEachGapAndChangesNothing() {
		String id = this.api.createdId(this.api.http().post("/api/plans", plan(asRead())));
		Document before = this.mongo.getCollection("plans").find(new Document("_id", id)).first();

		JsonHttp.Response refused = this.api.http().post("/api/plans/" + id + "/issue", null);

		assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
		assertThat(refused.contentType()).startsWith("application/problem+json");
		assertThat(refused.json().get("title").asString()).startsWith("Kế hoạch chưa đủ thông tin để ban hành / ");
		assertThat(refused.json().get("detail").asString())
			.startsWith("Còn 3 điểm phải bổ sung trước khi ban hành; kế hoạch chưa thay đổi / ");
		assertThat(fields(refused.json().get("errors"))).containsExactly("requirements[0].dueDate",
				"requirements[0].recipientUnitId", "requirements[1].dueDate");
		assertThat(refused.json().get("errors").get(0).get("message").asString())
			.isEqualTo("Báo cáo 1 “Định kỳ báo cáo Bộ Y tế, UBND tỉnh theo quy định”: chưa có hạn nộp");
		assertThat(this.mongo.getCollection("plans").find(new Document("_id", id)).first()).isEqualTo(before);
		assertThat(this.api.http().get("/api/plans/" + id + "/history").json()).hasSize(1);
	}

	@Test
	void onceTheAdminCompletesItTheDraftIsIssuedAndThatIsItsFirstEvent() {
		String id = this.api.createdId(this.api.http().post("/api/plans", plan(asRead())));
		assertThat(this.api.http().post("/api/plans/" + id + "/issue", null).status()).isEqualTo(422);

		JsonHttp.Response completed = this.api.put("/api/plans/" + id, plan(completed()));
		assertThat(completed.status()).as(completed.toString()).isEqualTo(200);
		assertThat(completed.json().get("missing")).isEmpty();
		JsonHttp.Response issued = this.api.http().post("/api/plans/" + id + "/issue", null);

		assertThat(issued.status()).as(issued.toString()).isEqualTo(200);
		assertThat(issued.json().get("status").asString()).isEqualTo("ISSUED");
		// Events of one plan keep their order (its id is the key): the refused issue published nothing before this.
		List<ConsumerRecord<String, String>> events = this.api.planEvents(id, 1);
		assertThat(header(events.get(0), CloudEventHeaders.TYPE)).isEqualTo(EventType.PLAN_ISSUED.typeName());
		PlanIssued event = this.json.readValue(events.get(0).value(), PlanIssued.class);
		assertThat(event.requirements()).extracting((report) -> report.dueDate().toString())
			.containsExactly("2024-12-25", "2024-03-20");
		assertThat(this.api.http().get("/api/plans/" + id + "/history").json().valueStream()
			.map((entry) -> entry.get("change").asString())).containsExactly("CREATED", "EDITED", "ISSUED");
	}

	@Test
	void anAmendmentMustStillBeCompleteBeforeItTakesEffect() {
		String id = this.api.createdId(this.api.http().post("/api/plans", plan(completed())));
		assertThat(this.api.http().post("/api/plans/" + id + "/issue", null).status()).isEqualTo(200);

		JsonHttp.Response refused = this.api.http().post("/api/plans/" + id + "/amendments", """
				{"reason": "Bỏ hạn báo cáo tổng hợp", "plan": %s}""".formatted(plan(asRead())));

		assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
		assertThat(refused.json().get("detail").asString()).startsWith("Bản sửa đổi còn 3 điểm");
		assertThat(fields(refused.json().get("errors"))).contains("requirements[1].dueDate");
		JsonNode plan = this.api.http().get("/api/plans/" + id).json();
		assertThat(plan.get("version").asInt()).isEqualTo(1);
		assertThat(plan.get("requirements").get(0).get("dueDate").asString()).isEqualTo("2024-12-25");
		assertThat(this.api.http().get("/api/plans/" + id + "/history").json()).hasSize(2);
	}

	@Test
	void whatIsGivenMustStillBeRightWhenADraftIsIncomplete() {
		long before = this.mongo.getCollection("plans").countDocuments();
		String unknownRecipient = asRead().replace("\"recipientUnitId\": \"" + this.syt + "\"",
				"\"recipientUnitId\": \"bo-y-te\"");
		String duplicateIds = asRead().replace("\"requirementId\": \"r2\"", "\"requirementId\": \"r1\"");

		assertProblem(this.api.http().post("/api/plans", plan(unknownRecipient)), "requirements[1].recipientUnitId");
		assertProblem(this.api.http().post("/api/plans", plan(duplicateIds)), "requirements[1].requirementId");
		assertProblem(this.api.http().post("/api/plans", plan(asRead().replace("2024-03-20", "2024-02-30"))),
				"requirements[2].dueDate");

		assertThat(this.mongo.getCollection("plans").countDocuments()).isEqualTo(before);
	}

	/** The Sở's report upward (no date, to agencies outside the directory), the CDC's (no date), the districts'. */
	private String asRead() {
		return """
				{"requirementId": "r1", "title": "Định kỳ báo cáo Bộ Y tế, UBND tỉnh theo quy định", "period": "Định kỳ",
				 "reporterUnitIds": ["%1$s"]},
				{"requirementId": "r2", "period": "Định kỳ",
				 "title": "Định kỳ tổng hợp báo cáo kết quả hoạt động truyền thông y tế toàn ngành",
				 "reporterUnitIds": ["%2$s"], "recipientUnitId": "%1$s"},
				{"requirementId": "r3", "title": "Báo cáo quý I", "period": "Quý I", "dueDate": "2024-03-20",
				 "dueRule": "BEFORE_DAY", "reporterUnitIds": ["%3$s"], "recipientUnitId": "%2$s"}"""
			.formatted(this.syt, this.cdc, this.district);
	}

	/** As the admin completes it: the report upward left out (no unit receives it), the CDC's dated. */
	private String completed() {
		return """
				{"requirementId": "r2", "period": "Định kỳ",
				 "title": "Định kỳ tổng hợp báo cáo kết quả hoạt động truyền thông y tế toàn ngành",
				 "dueDate": "2024-12-25", "dueRule": "BEFORE_DAY", "reporterUnitIds": ["%2$s"], "recipientUnitId": "%1$s"},
				{"requirementId": "r3", "title": "Báo cáo quý I", "period": "Quý I", "dueDate": "2024-03-20",
				 "dueRule": "BEFORE_DAY", "reporterUnitIds": ["%3$s"], "recipientUnitId": "%2$s"}"""
			.formatted(this.syt, this.cdc, this.district);
	}

	private static String plan(String requirements) {
		return """
				{"number": "/KH-SYT", "title": "Truyền thông y tế tỉnh Bắc Giang năm 2024", "year": 2024,
				 "requirements": [%s]}""".formatted(requirements);
	}

	private static List<String> fields(JsonNode problems) {
		return problems.valueStream().map((problem) -> problem.get("field").asString()).toList();
	}

}
