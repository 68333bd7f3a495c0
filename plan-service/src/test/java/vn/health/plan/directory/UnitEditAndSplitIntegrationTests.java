package vn.health.plan.directory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.health.plan.PlanServiceApi;
import vn.health.plan.PlanServiceTest;
import vn.health.contracts.directory.UnitType;
import vn.health.contracts.directory.UnitUpserted;
import vn.health.testkit.JsonHttp;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.health.plan.PlanServiceApi.assertProblem;

/**
 * Units edited, moved and split through the API: codes, areas and Zalo kept, every change in the unit's audit
 * trail and announced once on {@code directory.units.v1}, history by day intact.
 */
@PlanServiceTest
class UnitEditAndSplitIntegrationTests {

	private final JsonMapper json = JsonMapper.builder().build();

	private final UnitEvents events = new UnitEvents();

	@LocalServerPort
	int port;

	@Autowired
	UnitRepository units;

	private JsonHttp http;

	private String suffix;

	private String cdc;

	private String yenThe;

	@BeforeEach
	void directory() {
		this.http = new PlanServiceApi(this.port).http();
		this.suffix = UUID.randomUUID().toString().substring(0, 8);
		this.cdc = register("Trung tâm Kiểm soát bệnh tật tỉnh", "PROVINCIAL_CDC", null, null);
		this.yenThe = register("Trung tâm Y tế huyện Yên Thế", "DISTRICT_HEALTH_CENTRE", this.cdc, null);
	}

	@Test
	void aUnitKeepsItsCodeAreaAndZaloAndAnEditIsAuditedAndAnnouncedOnce() {
		String boHa = register("Trạm Y tế thị trấn Bố Hạ", "COMMUNE_HEALTH_STATION", this.yenThe, "BH-" + this.suffix);
		JsonNode registered = this.http.get("/api/units/" + boHa).json();
		assertThat(registered.get("code").asString()).isEqualTo("BH-" + this.suffix);
		assertThat(registered.get("administrativeArea").asString()).isEqualTo("huyện Yên Thế, tỉnh Bắc Giang");
		assertThat(registered.get("zalo").asString()).isEqualTo("0912 345 678");
		assertThat(this.http.get("/api/units?code=BH-" + this.suffix).json().get("items").get(0).get("id").asString())
			.isEqualTo(boHa);
		assertThat(this.http.get("/api/units?code=BH-" + this.suffix + "&type=HOSPITAL").json().get("items")).isEmpty();
		String moved = details("Trạm Y tế xã Bố Hạ", "COMMUNE_HEALTH_STATION", this.cdc, "BH-" + this.suffix)
			.replace("0204 3876 123", "0204 3876 999");

		JsonHttp.Response edited = this.http.put("/api/units/" + boHa, moved);
		JsonHttp.Response same = this.http.put("/api/units/" + boHa, moved);

		assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
		assertThat(edited.json().get("parentId").asString()).isEqualTo(this.cdc);
		assertThat(same.status()).isEqualTo(200);
		JsonNode history = this.http.get("/api/units/" + boHa + "/history").json();
		assertThat(history.valueStream().map((change) -> change.get("kind").asString())).containsExactly("REGISTERED",
				"EDITED");
		assertThat(history.get(1).get("changed").valueStream().map(JsonNode::asString)).containsExactly("name",
				"parentId", "phone");
		List<ConsumerRecord<String, String>> announced = this.events.of(boHa, 2);
		UnitUpserted now = this.json.readValue(announced.get(1).value(), UnitUpserted.class);
		assertThat(now.parentId()).isEqualTo(this.cdc);
		assertThat(now.name()).isEqualTo("Trạm Y tế xã Bố Hạ");
	}

	@Test
	void badEditsAreRefusedAndChangeNothing() {
		String commune = register("Trạm Y tế xã Đồng Kỳ", "COMMUNE_HEALTH_STATION", this.yenThe, "DK-" + this.suffix);
		String other = register("Trạm Y tế xã Tam Tiến", "COMMUNE_HEALTH_STATION", this.yenThe, "TT-" + this.suffix);
		String ended = register("Trung tâm Y tế huyện cũ", "DISTRICT_HEALTH_CENTRE", this.cdc, null);
		split(ended, "2025-07-01", "A", "B");

		assertProblem(this.http.put("/api/units/" + this.yenThe,
				details("TTYT Yên Thế", "DISTRICT_HEALTH_CENTRE", commune, null)), "parentId");
		assertProblem(this.http.put("/api/units/" + this.yenThe,
				details("TTYT Yên Thế", "DISTRICT_HEALTH_CENTRE", this.yenThe, null)), "parentId");
		assertProblem(this.http.put("/api/units/" + commune,
				details("Trạm Y tế xã Đồng Kỳ", "COMMUNE_HEALTH_STATION", ended, "TT-" + this.suffix)), "parentId", "code");
		assertProblem(this.http.put("/api/units/" + commune, """
				{"name": " ", "type": "COMMUNE_HEALTH_STATION", "code": "có dấu cách", "zalo": "zalo.me/abc",
				 "email": "khong-phai-email"}"""), "name", "code", "zalo", "email");
		assertThat(this.http.put("/api/units/khong-co", details("X", "HOSPITAL", null, null)).status()).isEqualTo(404);

		assertThat(this.http.get("/api/units/" + commune + "/history").json()).hasSize(1);
		assertThat(this.http.get("/api/units/" + other).json().get("code").asString()).isEqualTo("TT-" + this.suffix);
		assertThat(this.events.of(commune, 1)).hasSize(1);
	}

	@Test
	void aSplitEndsTheUnitAndAnnouncesItAndEachSuccessorOnce() {
		String tranPhu = register("Trạm Y tế phường Trần Phú", "COMMUNE_HEALTH_STATION", this.yenThe, null);

		JsonHttp.Response split = split(tranPhu, "2025-07-01", "TP1-" + this.suffix, "TP2-" + this.suffix);
		JsonHttp.Response again = split(tranPhu, "2025-07-01", "TP1-" + this.suffix, "TP2-" + this.suffix);

		assertThat(split.status()).as(split.toString()).isEqualTo(200);
		assertThat(again.json()).isEqualTo(split.json());
		List<String> successors = split.json().get("successors").valueStream().map((unit) -> unit.get("id").asString()).toList();
		JsonNode ended = this.http.get("/api/units/" + tranPhu).json();
		assertThat(ended.get("activeTo").asString()).isEqualTo("2025-06-30");
		assertThat(ended.get("successorId").asString()).isEqualTo(successors.get(0));
		assertThat(ended.get("split").get("successorIds").valueStream().map(JsonNode::asString))
			.containsExactlyElementsOf(successors);
		for (String successor : successors) {
			JsonNode unit = this.http.get("/api/units/" + successor).json();
			assertThat(unit.get("activeFrom").asString()).isEqualTo("2025-07-01");
			assertThat(unit.get("splitFrom").asString()).isEqualTo(tranPhu);
			assertThat(unit.get("parentId").asString()).isEqualTo(this.yenThe);
			UnitUpserted announced = this.json.readValue(this.events.of(successor, 1).get(0).value(), UnitUpserted.class);
			assertThat(announced.activeFrom()).isEqualTo(LocalDate.of(2025, 7, 1));
		}
		UnitUpserted end = this.json.readValue(this.events.of(tranPhu, 2).get(1).value(), UnitUpserted.class);
		assertThat(end.activeTo()).isEqualTo(LocalDate.of(2025, 6, 30));
		assertThat(end.successorId()).isEqualTo(successors.get(0));
		assertThat(activeOn("2025-06-30")).contains(tranPhu).doesNotContainAnyElementsOf(successors);
		assertThat(activeOn("2025-07-01")).containsAll(successors).doesNotContain(tranPhu);
		assertThat(this.http.get("/api/units/" + tranPhu + "/history").json().get(1).get("kind").asString())
			.isEqualTo("SPLIT");
		assertThat(split(tranPhu, "2025-08-01", "TP1-" + this.suffix, "TP2-" + this.suffix).status()).isEqualTo(409);
	}

	@Test
	void aSplitCutOffAfterTheUnitRecordedItIsCompletedByTheSameRequest() {
		String tranPhu = register("Trạm Y tế phường Trần Phú", "COMMUNE_HEALTH_STATION", this.yenThe, null);
		SplitRequest request = new SplitRequest(LocalDate.of(2025, 7, 1), "Nghị quyết chia tách phường",
				List.of(successor("TP1-" + this.suffix), successor("TP2-" + this.suffix)));
		Unit recordedOnly = this.units.findById(tranPhu).orElseThrow();
		recordedOnly.recordSplit(new UnitSplit(request.effectiveFrom(), request.reason(), List.of("tp-1-" + this.suffix,
				"tp-2-" + this.suffix), request.normalisedSuccessors(), Instant.now()), "nvy", Instant.now());
		this.units.save(recordedOnly);
		assertThat(this.http.get("/api/units/tp-1-" + this.suffix).status()).isEqualTo(404);

		JsonHttp.Response retried = split(tranPhu, "2025-07-01", "TP1-" + this.suffix, "TP2-" + this.suffix);

		assertThat(retried.status()).as(retried.toString()).isEqualTo(200);
		assertThat(this.http.get("/api/units/tp-2-" + this.suffix).json().get("code").asString())
			.isEqualTo("TP2-" + this.suffix);
		assertThat(this.events.of(tranPhu, 2)).hasSize(2);
	}

	@Test
	void badSplitsAreRefusedAndChangeNothing() {
		String tranPhu = register("Trạm Y tế phường Trần Phú", "COMMUNE_HEALTH_STATION", this.yenThe, null);
		String young = this.http.post("/api/units", """
				{"name": "Trạm Y tế mới", "type": "COMMUNE_HEALTH_STATION", "activeFrom": "2025-07-01"}""")
			.json().get("id").asString();

		assertProblem(this.http.post("/api/units/" + tranPhu + "/split", "{\"successors\": []}"), "effectiveFrom",
				"successors");
		assertProblem(this.http.post("/api/units/" + tranPhu + "/split", """
				{"effectiveFrom": "2025-07-01", "successors": [
				  {"name": "Trạm Y tế phường A", "type": "COMMUNE_HEALTH_STATION", "code": "X-%1$s", "parentId": "%2$s"},
				  {"name": "", "code": "X-%1$s"}]}""".formatted(this.suffix, tranPhu)), "successors[0].parentId",
				"successors[1].name", "successors[1].type", "successors[1].code");
		assertThat(split("khong-co", "2025-07-01", "A", "B").status()).isEqualTo(404);
		assertThat(split(young, "2025-07-01", "Y1-" + this.suffix, "Y2-" + this.suffix).status()).isEqualTo(409);

		assertThat(this.http.get("/api/units/" + tranPhu).json().get("activeTo").isNull()).isTrue();
		assertThat(this.http.get("/api/units/" + young).json().get("split").isNull()).isTrue();
		assertThat(this.events.of(tranPhu, 1)).hasSize(1);
	}

	private JsonHttp.Response split(String unitId, String effectiveFrom, String firstCode, String secondCode) {
		return this.http.post("/api/units/" + unitId + "/split", """
				{"effectiveFrom": "%s", "reason": "Nghị quyết chia tách phường", "successors": [%s, %s]}"""
			.formatted(effectiveFrom, this.json.writeValueAsString(successor(firstCode)),
					this.json.writeValueAsString(successor(secondCode))));
	}

	private UnitDetails successor(String code) {
		return new UnitDetails("Trạm Y tế phường " + code, UnitType.COMMUNE_HEALTH_STATION, this.yenThe, null, null,
				null, code, "phường " + code, null);
	}

	private String register(String name, String type, String parentId, String code) {
		JsonHttp.Response created = this.http.post("/api/units", details(name, type, parentId, code));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.json().get("id").asString();
	}

	private static String details(String name, String type, String parentId, String code) {
		return """
				{"name": "%s", "type": "%s", "parentId": %s, "code": %s, "administrativeArea": "huyện Yên Thế, tỉnh Bắc Giang",
				 "phone": "0204 3876 123", "zalo": "0912 345 678"}"""
			.formatted(name, type, quoted(parentId), quoted(code));
	}

	private static String quoted(String text) {
		return (text != null) ? "\"" + text + "\"" : "null";
	}

	private List<String> activeOn(String day) {
		return ActiveUnits.communesOn(this.http, day);
	}

}
