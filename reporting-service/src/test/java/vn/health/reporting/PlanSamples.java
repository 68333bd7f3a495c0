package vn.health.reporting;

import java.util.function.Consumer;

import org.apache.kafka.clients.producer.ProducerRecord;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import vn.health.contracts.EventType;
import vn.health.testkit.ContractSamples;
import vn.health.testkit.KafkaTestClient;

/**
 * plan-service's published contract samples, as it would send them, for a plan id of the test's own
 * and with whatever the test edits. The issued sample requires r1 of ttyt-yen-the and ttyt-tan-yen,
 * to cdc, before 20/6/2024.
 */
public final class PlanSamples {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** A report that fills the sample requirement's indicator template (articles and people reached). */
	public static final String REPORT = "{\"narrative\": \"Báo cáo 6 tháng\", \"indicators\": "
			+ "{\"so-bai-viet\": 4, \"so-luot-nguoi\": 250}}";

	private PlanSamples() {
	}

	public static ProducerRecord<String, String> issued(String planId) {
		return event(EventType.PLAN_ISSUED, planId, (plan) -> {
		});
	}

	public static ProducerRecord<String, String> issued(String planId, Consumer<ObjectNode> edit) {
		return event(EventType.PLAN_ISSUED, planId, edit);
	}

	public static ProducerRecord<String, String> amended(String planId, Consumer<ObjectNode> edit) {
		return event(EventType.PLAN_AMENDED, planId, edit);
	}

	public static ProducerRecord<String, String> revoked(String planId) {
		return event(EventType.PLAN_REVOKED, planId, (plan) -> {
		});
	}

	/** The first requirement of a plan snapshot, to edit. */
	public static ObjectNode requirement(ObjectNode plan) {
		return (ObjectNode) plan.get("requirements").get(0);
	}

	public static ProducerRecord<String, String> event(EventType type, String planId, Consumer<ObjectNode> edit) {
		ObjectNode plan = (ObjectNode) JSON.readTree(ContractSamples.json(type));
		plan.put("planId", planId);
		edit.accept(plan);
		return KafkaTestClient.cloudEvent(type, planId, JSON.writeValueAsString(plan));
	}

}
