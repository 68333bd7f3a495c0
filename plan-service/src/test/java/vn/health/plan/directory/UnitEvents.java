package vn.health.plan.directory;

import java.time.Duration;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import vn.health.contracts.Topics;
import vn.health.testkit.KafkaTestClient;
import vn.health.testkit.SharedInfrastructure;

/** What the directory announced on {@code directory.units.v1}, per unit, for the integration tests. */
final class UnitEvents {

	private final KafkaTestClient kafka = new KafkaTestClient(SharedInfrastructure.get().kafkaBootstrap());

	/**
	 * The unit's events once {@code count} have arrived, after a further wait for any extra one: a duplicate
	 * would show up as one too many.
	 */
	List<ConsumerRecord<String, String>> of(String unitId, int count) {
		this.kafka.readUntil(Topics.DIRECTORY_UNITS, (read) -> keyed(read, unitId).size() >= count,
				Duration.ofSeconds(30));
		return keyed(this.kafka.readUntil(Topics.DIRECTORY_UNITS, (read) -> keyed(read, unitId).size() > count,
				Duration.ofSeconds(3)), unitId);
	}

	private static List<ConsumerRecord<String, String>> keyed(List<ConsumerRecord<String, String>> records,
			String unitId) {
		return records.stream().filter((record) -> unitId.equals(record.key())).toList();
	}

}
