package vn.health.plan.edxml;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;

import vn.health.plan.PlanServiceApi;
import vn.health.plan.PlanServiceTest;
import vn.health.plan.directory.Directory;
import vn.health.plan.importer.KnownUnit;
import vn.health.plan.importer.PlanDocumentReader;
import vn.health.plan.importer.TextExtraction;
import vn.health.plan.plan.PlanDraft;
import vn.health.servicekit.edxml.EdXmlHeader;
import vn.health.testkit.JsonHttp;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code GET /api/plans/{id}/edxml}: an issued plan leaves as a package that another system imports into the same draft. */
@PlanServiceTest
class EdXmlExportIntegrationTests {

	private static final String CAMPAIGN = "/importer/lang-son-2024-ke-hoach-co-so-y-te-xanh-sach-dep.txt";

	private final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	Directory directory;

	@Autowired
	MongoTemplate mongo;

	@Test
	void anIssuedPlanExportedAndImportedAgainGivesTheDraftItWasIssuedFrom() {
		PlanServiceApi api = new PlanServiceApi(this.port);
		// A name no other test uses, so that the package's From/OrganName names exactly this unit.
		String issuerName = "Sở Y tế tỉnh Lạng Sơn " + UUID.randomUUID().toString().substring(0, 8);
		String issuer = api.unit(issuerName, "DEPARTMENT_OF_HEALTH");
		// Every kind of unit the plan assigns tasks to, so that it can be issued.
		api.unit("Bệnh viện Đa khoa tỉnh Lạng Sơn", "HOSPITAL");
		api.unit("Trung tâm Kiểm soát bệnh tật tỉnh Lạng Sơn", "PROVINCIAL_CDC");
		api.unit("Trung tâm Y tế huyện Cao Lộc", "DISTRICT_HEALTH_CENTRE");
		api.unit("Trạm Y tế xã Hợp Thành", "COMMUNE_HEALTH_STATION");
		ObjectNode issued = (ObjectNode) this.json.valueToTree(importDirectly(CAMPAIGN));
		// What the person confirming the import fills in before issuing: number, day of issue, issuer.
		issued.put("number", "57/KH-SYT");
		issued.set("date", this.json.readTree("{\"day\": 12, \"month\": 8, \"year\": 2024}"));
		issued.put("issuerUnitId", issuer);
		String id = api.createdId(api.http().post("/api/plans", issued.toString()));
		JsonHttp.Response issuing = api.http().post("/api/plans/" + id + "/issue", "{}");
		assertThat(issuing.status()).as(issuing.toString()).isEqualTo(200);

		JsonHttp.Response exported = api.http().get("/api/plans/" + id + "/edxml");

		assertThat(exported.status()).as(exported.toString()).isEqualTo(200);
		assertThat(exported.contentType()).startsWith("application/xml");
		EdXmlHeader header = EdXmlReader.read(exported.body().getBytes(StandardCharsets.UTF_8)).header();
		assertThat(header.from()).isEqualTo(new EdXmlHeader.Organ(issuer, issuerName));
		assertThat(header.documentId()).isEqualTo(id + ".v1");
		assertThat(header.number()).isEqualTo("57/KH-SYT");
		assertThat(header.promulgationDate()).hasToString("2024-08-12");
		assertThat(header.signer().competence()).isEqualTo("KT. GIÁM ĐỐC");

		JsonHttp.Response imported = new EdXmlHttp(this.port).send("application/xml",
				exported.body().getBytes(StandardCharsets.UTF_8));

		assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
		JsonNode roundTripped = imported.json().get("draft");
		PlanServiceApi.assertHasEveryField(withoutNulls(issued), roundTripped, "draft");
		PlanServiceApi.assertHasEveryField(withoutNulls(roundTripped), issued, "draft");
	}

	@Test
	void onlyAnIssuedPlanWithAnIssuerAndANumberCanBeExported() {
		PlanServiceApi api = new PlanServiceApi(this.port);
		String cdc = api.unit("Trung tâm Kiểm soát bệnh tật " + UUID.randomUUID(), "PROVINCIAL_CDC");
		String plan = """
				{"title": "Phòng, chống sốt xuất huyết năm 2025", "year": 2025,
				 "assignments": [{"assignee": "CDC", "unitIds": ["%s"], "task": "Giám sát ổ dịch"}]}""".formatted(cdc);
		String draft = api.createdId(api.http().post("/api/plans", plan));
		long plans = this.mongo.getCollection("plans").countDocuments();

		assertThat(api.http().get("/api/plans/" + draft + "/edxml").status()).isEqualTo(409);
		assertThat(api.http().get("/api/plans/khong-co/edxml").status()).isEqualTo(404);
		assertThat(api.http().post("/api/plans/" + draft + "/issue", "{}").status()).isEqualTo(200);
		JsonHttp.Response noIssuer = api.http().get("/api/plans/" + draft + "/edxml");

		assertThat(noIssuer.status()).as(noIssuer.toString()).isEqualTo(422);
		assertThat(noIssuer.contentType()).startsWith("application/problem+json");
		assertThat(noIssuer.json().get("errors").valueStream().map((error) -> error.get("field").asString()))
			.contains("MessageHeader.From.OrganId", "MessageHeader.Code.CodeNotation");
		assertThat(noIssuer.json().get("errors").get(0).get("messageEn").asString()).isNotBlank();
		assertThat(this.mongo.getCollection("plans").countDocuments()).isEqualTo(plans);
	}

	private PlanDraft importDirectly(String document) {
		var units = this.directory.list(null, Pageable.unpaged())
			.map((unit) -> new KnownUnit(unit.id(), unit.name(), unit.type()))
			.getContent();
		return new PlanDocumentReader(units)
			.read(TextExtraction.extract("ke-hoach.txt", "text/plain", SamplePackages.resource(document)))
			.draft();
	}

	/** The draft as sent or answered, without the fields left empty (absent and {@code null} mean the same). */
	private static JsonNode withoutNulls(JsonNode node) {
		if (node.isObject()) {
			ObjectNode copy = ((ObjectNode) node).deepCopy();
			node.properties().forEach((field) -> {
				if (field.getValue().isNull()) {
					copy.remove(field.getKey());
				}
				else {
					copy.set(field.getKey(), withoutNulls(field.getValue()));
				}
			});
			return copy;
		}
		if (node.isArray()) {
			var copy = node.deepCopy();
			for (int i = 0; i < node.size(); i++) {
				((tools.jackson.databind.node.ArrayNode) copy).set(i, withoutNulls(node.get(i)));
			}
			return copy;
		}
		return node;
	}

}
