package vn.health.reporting;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import vn.health.contracts.CloudEventHeaders;
import vn.health.contracts.Topics;
import vn.health.testkit.KafkaTestClient;
import vn.health.testkit.SharedInfrastructure;

/**
 * What reporting-service published on {@code reporting.v1} for one plan (keys start with the plan id), read until a
 * marker event shows up. Each obligation's outbox publishes in order, so once an obligation's marker is read every
 * event it recorded before the marker has been read too.
 */
public final class ReportingEvents {

	private final KafkaTestClient kafka = new KafkaTestClient(SharedInfrastructure.get().kafkaBootstrap());

	/** The plan's events, as {@code type key} lines, read until every one of {@code markers} is among them. */
	public List<String> ofPlanUntil(String planId, String... markers) {
		return this.kafka
			.readUntil(Topics.REPORTING, (records) -> lines(records, planId).containsAll(List.of(markers)),
					ReportingApi.WAIT)
			.stream()
			.filter((record) -> record.key().startsWith(planId + "."))
			.map(ReportingEvents::line)
			.toList();
	}

	/** The plan's events of one type, as {@code type key} lines. */
	public static List<String> ofType(List<String> lines, String type) {
		return lines.stream().filter((line) -> line.startsWith(type + " ")).toList();
	}

	private static List<String> lines(List<ConsumerRecord<String, String>> records, String planId) {
		return records.stream()
			.filter((record) -> record.key().startsWith(planId + "."))
			.map(ReportingEvents::line)
			.toList();
	}

	private static String line(ConsumerRecord<String, String> record) {
		return KafkaTestClient.header(record, CloudEventHeaders.TYPE) + " " + record.key();
	}

}
