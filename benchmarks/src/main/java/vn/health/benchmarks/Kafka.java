package vn.health.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import vn.health.contracts.CloudEventHeaders;
import vn.health.contracts.EventType;
import vn.health.testkit.KafkaTestClient;

/** Plain Kafka clients with the settings the services use (acks=all), for the benchmark's own traffic. */
final class Kafka {

	private static final Duration POLL = Duration.ofMillis(200);

	private final String bootstrap;

	Kafka(String bootstrap) {
		this.bootstrap = bootstrap;
	}

	KafkaProducer<String, String> producer() {
		return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, this.bootstrap,
				ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 4 * 1024 * 1024),
				new StringSerializer(), new StringSerializer());
	}

	void createTopic(String topic) {
		new KafkaTestClient(this.bootstrap).createTopic(topic, 3);
	}

	/**
	 * A consumer of every partition of {@code topic} from its current end: it sees what is sent after this call.
	 */
	Tail tail(String topic) {
		createTopic(topic);
		KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
				ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, this.bootstrap, ConsumerConfig.GROUP_ID_CONFIG,
				"benchmark-" + UUID.randomUUID(), ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
				ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000), new StringDeserializer(), new StringDeserializer());
		List<TopicPartition> partitions = consumer.partitionsFor(topic)
			.stream()
			.map((info) -> new TopicPartition(topic, info.partition()))
			.toList();
		consumer.assign(partitions);
		consumer.seekToEnd(partitions);
		partitions.forEach(consumer::position);
		return new Tail(consumer);
	}

	/** Reads one topic onwards from where it was opened. */
	static final class Tail implements AutoCloseable {

		private final KafkaConsumer<String, String> consumer;

		private Tail(KafkaConsumer<String, String> consumer) {
			this.consumer = consumer;
		}

		/**
		 * Reads until {@code expected} records matched, and returns the instant the last one was read; fails after
		 * {@code timeout} with the count reached.
		 */
		Instant awaitMatching(long expected, Predicate<ConsumerRecord<String, String>> matching, Duration timeout) {
			Instant deadline = Instant.now().plus(timeout);
			long seen = 0;
			while (seen < expected) {
				if (Instant.now().isAfter(deadline)) {
					throw new IllegalStateException("Only %d of %d records arrived within %s".formatted(seen, expected,
							timeout));
				}
				for (ConsumerRecord<String, String> record : this.consumer.poll(POLL)) {
					if (matching.test(record)) {
						seen++;
					}
				}
			}
			return Instant.now();
		}

		@Override
		public void close() {
			this.consumer.close();
		}

	}

	/** Records of one event type whose key starts with {@code keyPrefix}, e.g. a plan's obligations. */
	static Predicate<ConsumerRecord<String, String>> events(EventType type, String keyPrefix) {
		return (record) -> record.key() != null && record.key().startsWith(keyPrefix)
				&& type.typeName().equals(KafkaTestClient.header(record, CloudEventHeaders.TYPE));
	}

}
