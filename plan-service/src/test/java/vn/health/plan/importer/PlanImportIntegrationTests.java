package vn.health.plan.importer;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import vn.health.plan.PlanServiceApi;
import vn.health.plan.PlanServiceTest;
import vn.health.testkit.JsonHttp;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code POST /api/plans/import}: a document in, a draft with findings and the source lines out, nothing stored. */
@PlanServiceTest
class PlanImportIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	MongoTemplate mongo;

	private String cdc;

	@BeforeEach
	void directory() {
		// A name only this class uses (once per test), as printed in heading "3." of the Bắc Giang plan.
		this.cdc = new PlanServiceApi(this.port).unit("Trung tâm Kiểm soát bệnh tật tỉnh Bắc Giang", "PROVINCIAL_CDC");
	}

	@Test
	void aPlanFileGivesADraftItsFindingsAndTheSourceLinesAndStoresNothing() throws Exception {
		long before = this.mongo.getCollection("plans").countDocuments();

		JsonHttp.Response response = upload(Fixtures.BAC_GIANG, "text/plain", Fixtures.bytes(Fixtures.BAC_GIANG));

		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		JsonNode body = response.json();
		assertThat(body.get("draft").get("number").asString()).isEqualTo("/KH-SYT");
		assertThat(body.get("draft").get("themes").size()).isEqualTo(38);
		assertThat(body.get("draft").get("requirements").get(2).get("dueDate").asString()).isEqualTo("2024-03-20");
		assertThat(body.get("draft").get("requirements").get(2).get("dueRule").asString()).isEqualTo("BEFORE_DAY");
		assertThat(body.get("fields").valueStream().filter((field) -> field.get("field").asString().equals("requirements[2]")))
			.singleElement()
			.satisfies((field) -> {
				assertThat(field.get("line").asInt()).isEqualTo(107);
				assertThat(field.get("confidence").asDouble()).isGreaterThan(0.9);
			});
		assertThat(body.get("draft").get("assignments").get(2).get("unitIds").valueStream().map(JsonNode::asString))
			.contains(this.cdc);
		assertThat(body.get("findings").get(0).get("field").asString()).isEqualTo("number");
		assertThat(body.get("findings").get(0).get("line").asInt()).isEqualTo(3);
		assertThat(body.get("source").get("fileName").asString()).isEqualTo(Fixtures.BAC_GIANG);
		assertThat(body.get("source").get("lines").get(2).asString()).isEqualTo("Số: /KH-SYT");
		assertThat(this.mongo.getCollection("plans").countDocuments()).isEqualTo(before);
	}

	@Test
	void theBacGiangDraftAsReadIsSavedWithTheDeadlinesTheDocumentDoesNotGiveListedAsMissing() {
		JsonNode draft = upload(Fixtures.BAC_GIANG, "text/plain", Fixtures.bytes(Fixtures.BAC_GIANG)).json().get("draft");

		JsonHttp.Response saved = new PlanServiceApi(this.port).http().post("/api/plans", draft.toString());

		assertThat(saved.status()).as(saved.toString()).isEqualTo(201);
		assertThat(saved.json().get("missing").valueStream().map((gap) -> gap.get("field").asString()))
			.contains("requirements[0].dueDate", "requirements[1].dueDate")
			.doesNotContain("requirements[2].dueDate");
		assertThat(saved.json().get("requirements")).hasSize(6);
	}

	@Test
	void badFilesAreRefusedWithAProblemSayingWhyAndNothingIsStored() throws Exception {
		long before = this.mongo.getCollection("plans").countDocuments();

		assertRefused(upload("rong.txt", "text/plain", new byte[0]), 400, "EMPTY");
		assertRefused(upload("lon.txt", "text/plain", new byte[TextExtraction.MAX_BYTES + 1]), 413, "TOO_LARGE");
		assertRefused(upload("anh.png", "image/png", new byte[] { (byte) 0x89, 'P', 'N', 'G', 0, 0 }), 415,
				"UNSUPPORTED_TYPE");
		assertRefused(upload("cp1258.txt", "text/plain", "KẾ HOẠCH truyền thông".getBytes(Charset.forName("windows-1258"))),
				400, "UNDECODABLE");
		assertRefused(upload("scan.pdf", "application/pdf", GeneratedDocuments.emptyPdf()), 422, "NO_TEXT");
		assertRefused(upload("thuc-don.txt", "text/plain", ("Thực đơn tuần này\nThứ hai: phở bò\nThứ ba: bún chả\n")
			.getBytes(StandardCharsets.UTF_8)), 422, "NOT_A_PLAN");

		assertThat(this.mongo.getCollection("plans").countDocuments()).isEqualTo(before);
	}

	private static void assertRefused(JsonHttp.Response response, int status, String reason) {
		assertProblem(response, status);
		assertThat(response.json().get("reason").asString()).isEqualTo(reason);
	}

	@Test
	void aRequestWithoutAFileIsRefused() throws Exception {
		JsonHttp.Response response = send("other", "a.txt", "text/plain", "x".getBytes(StandardCharsets.UTF_8));

		assertProblem(response, 400);
		assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("file");
	}

	private JsonHttp.Response upload(String fileName, String contentType, byte[] content) {
		return send("file", fileName, contentType, content);
	}

	private JsonHttp.Response send(String field, String fileName, String contentType, byte[] content) {
		return new PlanServiceApi(this.port).upload("/api/plans/import", field, fileName, contentType, content);
	}

	private static void assertProblem(JsonHttp.Response response, int status) {
		assertThat(response.status()).as(response.toString()).isEqualTo(status);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.json().get("detail").asString()).contains(" / ");
	}

}
