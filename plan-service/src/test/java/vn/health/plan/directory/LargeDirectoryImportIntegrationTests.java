package vn.health.plan.directory;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.health.contracts.Topics;
import vn.health.plan.PlanServiceApi;
import vn.health.plan.PlanServiceTest;
import vn.health.testkit.JsonHttp;
import vn.health.testkit.KafkaTestClient;
import vn.health.testkit.SharedInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** A province's whole directory in one file, as issue #12's fault suite imports its 2,000 commune stations. */
@PlanServiceTest
class LargeDirectoryImportIntegrationTests {

	private static final Logger log = LoggerFactory.getLogger(LargeDirectoryImportIntegrationTests.class);

	private static final int DISTRICTS = 20;

	private static final int STATIONS = 1980;

	private final KafkaTestClient kafka = new KafkaTestClient(SharedInfrastructure.get().kafkaBootstrap());

	@LocalServerPort
	int port;

	@Autowired
	UnitRepository units;

	@Test
	void twoThousandRowsRegisterTwoThousandUnitsEachAnnouncedOnce() {
		PlanServiceApi api = new PlanServiceApi(this.port);
		String s = UUID.randomUUID().toString().substring(0, 6);
		String cdc = "CDC-" + s;
		api.http().post("/api/units", """
				{"name": "Trung tâm Kiểm soát bệnh tật tỉnh", "type": "PROVINCIAL_CDC", "code": "%s"}""".formatted(cdc));
		// Stations first: their parents come later in the file, as a sheet sorted by commune has them.
		String csv = "Mã đơn vị;Tên đơn vị;Loại;Đơn vị cấp trên;Điện thoại\n" + Stream.concat(
				IntStream.range(0, STATIONS).mapToObj((i) -> "TYT-%s-%d;Trạm Y tế xã %d;TYT;TTYT-%s-%d;0204 3876 %03d"
					.formatted(s, i, i, s, i % DISTRICTS, i % 1000)),
				IntStream.range(0, DISTRICTS).mapToObj((d) -> "TTYT-%s-%d;Trung tâm Y tế huyện %d;TTYT huyện;%s;"
					.formatted(s, d, d, cdc)))
			.collect(Collectors.joining("\n"));

		long started = System.nanoTime();
		JsonHttp.Response imported = api.upload("/api/units/import", "file", "danh-ba.csv", "text/csv",
				csv.getBytes(StandardCharsets.UTF_8));
		Duration took = Duration.ofNanos(System.nanoTime() - started);

		assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
		log.info("Import of {} rows answered in {} ms", STATIONS + DISTRICTS, took.toMillis());
		assertThat(imported.json().get("created").asInt()).isEqualTo(STATIONS + DISTRICTS);
		List<JsonNode> rows = imported.json().get("rows").valueStream().toList();
		assertThat(rows).extracting((row) -> row.get("status").asString()).containsOnly("CREATED");
		Map<String, String> idsByCode = rows.stream()
			.collect(Collectors.toMap((row) -> row.get("code").asString(), (row) -> row.get("unitId").asString()));
		Map<String, Unit> stored = this.units.findAllById(idsByCode.values())
			.stream()
			.collect(Collectors.toMap(Unit::id, Function.identity()));
		assertThat(stored).hasSize(STATIONS + DISTRICTS);
		assertThat(stored.get(idsByCode.get("TYT-" + s + "-21")).parentId()).isEqualTo(idsByCode.get("TTYT-" + s + "-1"));
		assertThat(stored.get(idsByCode.get("TYT-" + s + "-21")).history()).extracting(UnitChange::kind, UnitChange::by)
			.containsExactly(tuple(UnitChange.Kind.REGISTERED, PlanServiceApi.ADMIN));

		Set<String> ids = Set.copyOf(idsByCode.values());
		long relayStarted = System.nanoTime();
		this.kafka.readUntil(Topics.DIRECTORY_UNITS, (read) -> keyedBy(read, ids).size() >= ids.size(),
				Duration.ofSeconds(120));
		log.info("All {} events relayed {} ms after the answer", ids.size(),
				Duration.ofNanos(System.nanoTime() - relayStarted).toMillis());
		List<ConsumerRecord<String, String>> announced = keyedBy(this.kafka.readUntil(Topics.DIRECTORY_UNITS,
				(read) -> keyedBy(read, ids).size() > ids.size(), Duration.ofSeconds(3)), ids);
		assertThat(announced).hasSize(ids.size());
		assertThat(announced.stream().map(ConsumerRecord::key).collect(Collectors.toSet())).isEqualTo(ids);
	}

	private static List<ConsumerRecord<String, String>> keyedBy(List<ConsumerRecord<String, String>> records,
			Set<String> keys) {
		return records.stream().filter((record) -> keys.contains(record.key())).toList();
	}

}
