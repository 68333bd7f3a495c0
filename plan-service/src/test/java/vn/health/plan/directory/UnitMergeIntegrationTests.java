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
import vn.health.contracts.CloudEventHeaders;
import vn.health.contracts.directory.UnitUpserted;
import vn.health.contracts.directory.UnitsMerged;
import vn.health.testkit.JsonHttp;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.health.plan.PlanServiceApi.assertProblem;
import static vn.health.testkit.KafkaTestClient.header;

/**
 * Two communes of Yên Thế merge into a new commune from 2025-07-01, through the API: the merge is announced
 * once whatever is retried, bad requests change nothing, and the directory answers who was in charge when.
 */
@PlanServiceTest
class UnitMergeIntegrationTests {

	private static final String MERGED = "vn.health.directory.units.merged";

	private static final String UPSERTED = "vn.health.directory.unit.upserted";

	private final JsonMapper json = JsonMapper.builder().build();

	private final UnitEvents events = new UnitEvents();

	@LocalServerPort
	int port;

	@Autowired
	UnitRepository units;

	private JsonHttp http;

	private String dongKy;

	private String tamTien;

	private String successor;

	@BeforeEach
	void communes() {
		this.http = new PlanServiceApi(this.port).http();
		this.dongKy = unit("Trạm Y tế xã Đồng Kỳ", "2019-12-01");
		this.tamTien = unit("Trạm Y tế xã Tam Tiến", null);
		this.successor = unit("Trạm Y tế xã Đồng Kỳ (mới)", "2025-07-01");
	}

	@Test
	void aMergeEndsTheMergedUnitsAndIsAnnouncedOnce() {
		JsonHttp.Response merged = merge(this.successor, mergeOf(this.dongKy, this.tamTien));

		assertThat(merged.status()).as(merged.toString()).isEqualTo(200);
		assertThat(merged.json().get("merges").get(0).get("effectiveFrom").asString()).isEqualTo("2025-07-01");
		for (String id : List.of(this.dongKy, this.tamTien)) {
			JsonNode unit = this.http.get("/api/units/" + id).json();
			assertThat(unit.get("activeTo").asString()).isEqualTo("2025-06-30");
			assertThat(unit.get("successorId").asString()).isEqualTo(this.successor);
		}
		assertThat(this.http.get("/api/units/" + this.dongKy).json().get("activeFrom").asString()).isEqualTo("2019-12-01");

		List<ConsumerRecord<String, String>> announced = events(this.successor, 2);
		assertThat(announced).extracting((event) -> header(event, CloudEventHeaders.TYPE)).containsExactly(UPSERTED, MERGED);
		assertThat(this.json.readValue(announced.get(1).value(), UnitsMerged.class)).isEqualTo(new UnitsMerged(
				this.successor, List.of(this.dongKy, this.tamTien), LocalDate.of(2025, 7, 1), "Nghị quyết sáp nhập xã"));
		UnitUpserted ended = this.json.readValue(events(this.dongKy, 2).get(1).value(), UnitUpserted.class);
		assertThat(ended.activeTo()).isEqualTo(LocalDate.of(2025, 6, 30));
		assertThat(ended.successorId()).isEqualTo(this.successor);
	}

	@Test
	void theSameMergeSentAgainIsAnsweredAlikeAndAnnouncedOnce() {
		JsonHttp.Response first = merge(this.successor, mergeOf(this.dongKy, this.tamTien));
		JsonHttp.Response again = merge(this.successor, mergeOf(this.tamTien, this.dongKy));

		assertThat(again.status()).as(again.toString()).isEqualTo(200);
		assertThat(again.json()).isEqualTo(first.json());
		assertThat(events(this.successor, 2)).extracting((event) -> header(event, CloudEventHeaders.TYPE))
			.containsExactly(UPSERTED, MERGED);
		assertThat(events(this.tamTien, 2)).hasSize(2);
	}

	@Test
	void aMergeCutOffAfterTheSuccessorRecordedItIsCompletedByTheSameRequest() {
		Unit recordedOnly = this.units.findById(this.successor).orElseThrow();
		recordedOnly.recordMerge(new MergeRequest(List.of(this.dongKy, this.tamTien), LocalDate.of(2025, 7, 1),
				"Nghị quyết sáp nhập xã"), "nvy", Instant.now());
		this.units.save(recordedOnly);
		assertThat(this.http.get("/api/units/" + this.dongKy).json().get("activeTo").isNull()).isTrue();

		JsonHttp.Response retried = merge(this.successor, mergeOf(this.dongKy, this.tamTien));

		assertThat(retried.status()).as(retried.toString()).isEqualTo(200);
		assertThat(this.http.get("/api/units/" + this.dongKy).json().get("successorId").asString()).isEqualTo(this.successor);
		assertThat(this.http.get("/api/units/" + this.tamTien).json().get("activeTo").asString()).isEqualTo("2025-06-30");
		assertThat(events(this.successor, 2)).extracting((event) -> header(event, CloudEventHeaders.TYPE))
			.containsExactly(UPSERTED, MERGED);
		assertThat(events(this.dongKy, 2)).hasSize(2);
	}

	@Test
	void aMergeThatContradictsARecordedOneIsAConflictAndChangesNothing() {
		merge(this.successor, mergeOf(this.dongKy, this.tamTien));
		String other = unit("Trạm Y tế xã Bố Hạ (mới)", null);

		assertThat(merge(other, mergeOf(this.dongKy)).status()).isEqualTo(409);
		assertThat(merge(this.successor, mergeOf(this.dongKy)).status()).isEqualTo(409);
		assertThat(merge(this.successor, """
				{"mergedUnitIds": ["%s", "%s"], "effectiveFrom": "2025-08-01", "reason": "Nghị quyết sáp nhập xã"}"""
			.formatted(this.dongKy, this.tamTien)).status()).isEqualTo(409);
		assertThat(merge(this.dongKy, mergeOf(other)).status()).isEqualTo(409);

		assertThat(this.http.get("/api/units/" + other).json().get("merges")).isEmpty();
		assertThat(this.http.get("/api/units/" + this.successor).json().get("merges")).hasSize(1);
		assertThat(this.http.get("/api/units/" + this.dongKy).json().get("successorId").asString()).isEqualTo(this.successor);
		assertThat(events(other, 1)).extracting((event) -> header(event, CloudEventHeaders.TYPE)).containsExactly(UPSERTED);
	}

	@Test
	void badMergeRequestsAreRefusedAndNothingIsStored() {
		assertProblem(merge(this.successor, "{\"mergedUnitIds\": [\"%s\"]}".formatted(this.dongKy)), "effectiveFrom");
		assertProblem(merge(this.successor, "{\"mergedUnitIds\": [], \"effectiveFrom\": \"2025-07-01\"}"),
				"mergedUnitIds");
		assertProblem(merge(this.successor, "{\"effectiveFrom\": \"2025-07-01\"}"), "mergedUnitIds");
		assertProblem(merge(this.successor, mergeOf(this.dongKy, this.tamTien, this.dongKy)), "mergedUnitIds[2]");
		assertProblem(merge(this.successor, mergeOf(this.dongKy, this.successor)), "mergedUnitIds[1]");
		assertProblem(merge(this.successor, mergeOf(this.dongKy, "no-such-unit")), "mergedUnitIds[1]");
		assertProblem(merge(this.successor, mergeOf(this.dongKy, " ")), "mergedUnitIds[1]");
		assertThat(merge(this.successor, "{\"mergedUnitIds\": [\"%s\"], \"effectiveFrom\": \"1/7/2025\"}"
			.formatted(this.dongKy)).status()).isEqualTo(400);
		assertThat(merge("no-such-unit", mergeOf(this.dongKy)).status()).isEqualTo(404);

		String young = unit("Trạm Y tế xã mới lập", "2025-07-01");
		assertThat(merge(this.successor, mergeOf(this.dongKy, young)).status()).isEqualTo(409);
		assertThat(merge(this.dongKy, """
				{"mergedUnitIds": ["%s"], "effectiveFrom": "2019-11-01"}""".formatted(this.tamTien)).status())
			.isEqualTo(409);

		for (String id : List.of(this.dongKy, this.tamTien, young)) {
			JsonNode unit = this.http.get("/api/units/" + id).json();
			assertThat(unit.get("activeTo").isNull()).as(id).isTrue();
			assertThat(unit.get("merges")).as(id).isEmpty();
		}
		assertThat(this.http.get("/api/units/" + this.successor).json().get("merges")).isEmpty();
		assertThat(events(this.successor, 1)).extracting((event) -> header(event, CloudEventHeaders.TYPE))
			.containsExactly(UPSERTED);
	}

	@Test
	void theDirectoryAnswersWhoWasInChargeOnADay() {
		merge(this.successor, mergeOf(this.dongKy, this.tamTien));

		assertThat(activeOn("2024-06-15")).contains(this.dongKy, this.tamTien).doesNotContain(this.successor);
		assertThat(activeOn("2025-06-30")).contains(this.dongKy, this.tamTien).doesNotContain(this.successor);
		assertThat(activeOn("2025-07-01")).contains(this.successor).doesNotContain(this.dongKy, this.tamTien);
		assertThat(activeOn("2019-01-01")).contains(this.tamTien).doesNotContain(this.dongKy, this.successor);
		assertThat(this.http.get("/api/units?activeOn=2024-06-15&type=HOSPITAL").json().get("items").valueStream()
			.map((unit) -> unit.get("id").asString())).doesNotContain(this.dongKy);
		assertThat(this.http.get("/api/units?activeOn=15/06/2024").status()).isEqualTo(400);
	}

	private List<String> activeOn(String day) {
		return ActiveUnits.communesOn(this.http, day);
	}

	private String unit(String name, String activeFrom) {
		JsonHttp.Response created = this.http.post("/api/units", """
				{"name": "%s %s", "type": "COMMUNE_HEALTH_STATION", "activeFrom": %s}"""
			.formatted(name, UUID.randomUUID().toString().substring(0, 8),
					(activeFrom != null) ? "\"" + activeFrom + "\"" : "null"));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.json().get("id").asString();
	}

	private JsonHttp.Response merge(String successorId, String body) {
		return this.http.post("/api/units/" + successorId + "/merge", body);
	}

	private static String mergeOf(String... ids) {
		return """
				{"mergedUnitIds": [%s], "effectiveFrom": "2025-07-01", "reason": "Nghị quyết sáp nhập xã"}"""
			.formatted(String.join(", ", List.of(ids).stream().map((id) -> "\"" + id + "\"").toList()));
	}

	private List<ConsumerRecord<String, String>> events(String unitId, int count) {
		return this.events.of(unitId, count);
	}

}
