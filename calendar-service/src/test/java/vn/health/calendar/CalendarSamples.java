package vn.health.calendar;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import org.apache.kafka.clients.producer.ProducerRecord;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import vn.health.contracts.EventType;
import vn.health.testkit.ContractSamples;
import vn.health.testkit.KafkaTestClient;

/**
 * plan-service's contract samples as it would send them, for ids of the test's own. The plan samples (91/KH-SYT,
 * 2024) list the themes 24/3 and 15 - 21/3; here they assign one unit only, the test's.
 */
public final class CalendarSamples {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private CalendarSamples() {
	}

	/** A unit id no other test uses, so tests sharing the store do not see each other's plans. */
	public static String newUnitId() {
		return "ttyt-" + UUID.randomUUID().toString().substring(0, 8);
	}

	/** The directory's sample for {@code unitId}, still active (no last day, no successor). */
	public static ProducerRecord<String, String> unit(String unitId) {
		return unit(unitId, (unit) -> {
		});
	}

	public static ProducerRecord<String, String> unit(String unitId, Consumer<ObjectNode> edit) {
		ObjectNode unit = (ObjectNode) JSON.readTree(ContractSamples.json(EventType.UNIT_UPSERTED));
		unit.put("unitId", unitId).putNull("activeTo").putNull("successorId");
		edit.accept(unit);
		return KafkaTestClient.cloudEvent(EventType.UNIT_UPSERTED, unitId, JSON.writeValueAsString(unit));
	}

	public static ProducerRecord<String, String> plan(EventType type, String planId, String unitId,
			Consumer<ObjectNode> edit) {
		ObjectNode plan = (ObjectNode) JSON.readTree(ContractSamples.json(type));
		plan.put("planId", planId);
		if (plan.has("assignments")) {
			((ObjectNode) plan.get("assignments").get(0)).putArray("unitIds").add(unitId);
			((ObjectNode) plan.get("requirements").get(0)).putArray("reporterUnitIds").add(unitId);
		}
		edit.accept(plan);
		return KafkaTestClient.cloudEvent(type, planId, JSON.writeValueAsString(plan));
	}

	/** plan-service's merge sample: {@code merged} into {@code successor} from {@code effectiveFrom}. */
	public static ProducerRecord<String, String> merge(String successor, List<String> merged, String effectiveFrom) {
		ObjectNode merge = (ObjectNode) JSON.readTree(ContractSamples.json(EventType.UNITS_MERGED));
		merge.put("successorUnitId", successor).put("effectiveFrom", effectiveFrom);
		merged.forEach(merge.putArray("mergedUnitIds")::add);
		return KafkaTestClient.cloudEvent(EventType.UNITS_MERGED, successor, JSON.writeValueAsString(merge));
	}

	/**
	 * reporting-service's sample of {@code type} (91/KH-SYT, "Báo cáo 6 tháng đầu năm", due before 15/6/2024) for
	 * the test's obligation and unit; {@code edit} changes the rest.
	 */
	public static ProducerRecord<String, String> obligation(EventType type, String obligationId, String unitId,
			Consumer<ObjectNode> edit) {
		ObjectNode event = (ObjectNode) JSON.readTree(ContractSamples.json(type));
		event.put("obligationId", obligationId);
		event.put(event.has("previousUnitId") ? "previousUnitId" : "unitId", unitId);
		edit.accept(event);
		return KafkaTestClient.cloudEvent(type, obligationId, JSON.writeValueAsString(event));
	}

	public static ProducerRecord<String, String> plan(EventType type, String planId, String unitId) {
		return plan(type, planId, unitId, (plan) -> {
		});
	}

}
