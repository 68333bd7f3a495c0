package vn.health.infra;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Whole topics read and written in bulk: what the fault suite needs for thousands of records at once. */
final class TopicRecords {

	private final String bootstrap;

	TopicRecords(String bootstrap) {
		this.bootstrap = bootstrap;
	}

	/** Every record of {@code topic} up to its end as of now, partition by partition in offset order. */
	List<ConsumerRecord<String, String>> all(String topic) {
		try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
				ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, this.bootstrap, ConsumerConfig.GROUP_ID_CONFIG,
				"fault-suite-reader-" + UUID.randomUUID(), ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
				ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "2000"),
				new StringDeserializer(), new StringDeserializer())) {
			List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30))
				.stream()
				.map((info) -> new TopicPartition(topic, info.partition()))
				.toList();
			consumer.assign(partitions);
			consumer.seekToBeginning(partitions);
			Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
			List<ConsumerRecord<String, String>> records = new ArrayList<>();
			while (partitions.stream().anyMatch((partition) -> consumer.position(partition) < ends.get(partition))) {
				consumer.poll(Duration.ofMillis(500))
					.forEach((record) -> {
						if (record.offset() < ends.get(new TopicPartition(record.topic(), record.partition()))) {
							records.add(record);
						}
					});
			}
			return records;
		}
	}

	/** Sends copies of the records, headers and all, in the order given, with one producer; waits for every ack. */
	void resend(List<ConsumerRecord<String, String>> records) {
		try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
				ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, this.bootstrap, ProducerConfig.ACKS_CONFIG, "all",
				ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true", ProducerConfig.LINGER_MS_CONFIG, "5"),
				new StringSerializer(), new StringSerializer())) {
			List<Future<RecordMetadata>> acks = new ArrayList<>();
			for (ConsumerRecord<String, String> record : records) {
				acks.add(producer
					.send(new ProducerRecord<>(record.topic(), null, record.key(), record.value(), record.headers())));
			}
			for (Future<RecordMetadata> ack : acks) {
				ack.get();
			}
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("A copy was not acknowledged", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** The dead-letter topics that exist: {@code <topic>.<consumer group>.dlq}. */
	Set<String> deadLetterTopics() {
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, this.bootstrap))) {
			return admin.listTopics().names().get().stream().filter((name) -> name.endsWith(".dlq"))
				.collect(Collectors.toCollection(TreeSet::new));
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("Could not list the topics", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
