package vn.health.servicekit.messaging;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

import vn.health.contracts.CloudEventHeaders;

/**
 * Sends the records of a dead-letter topic back to the topic they came from, once the cause is fixed (DESIGN rule 3).
 * A consumer group per dead-letter topic remembers what was replayed, so running it again replays only what was
 * dead-lettered since. The records keep their key (same partition, same order), payload and CloudEvents headers, so
 * consumers that applied an event before skip it by its id. With {@code --list} it prints what it would replay and
 * changes nothing. Usage (see docs/operations.md):
 *
 * <pre>
 * DeadLetterReplay --bootstrap kafka:9092 --dlq reporting.v1.notification-service.dlq [--list]
 * </pre>
 */
public final class DeadLetterReplay {

	static final String DEAD_LETTER_HEADERS = "kafka_dlt-";

	/** The Spring Cloud Stream binder's dead-letter headers first, then Spring Kafka's. */
	private static final List<String> ORIGINAL_TOPIC = List.of("x-original-topic", "kafka_dlt-original-topic");

	private static final List<String> EXCEPTION_MESSAGE = List.of("x-exception-message",
			"kafka_dlt-exception-message");

	private static final Duration POLL = Duration.ofMillis(500);

	private final String bootstrap;

	private final PrintStream out;

	public DeadLetterReplay(String bootstrap, PrintStream out) {
		this.bootstrap = bootstrap;
		this.out = out;
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = options(args);
		String dlq = options.get("--dlq");
		if (dlq == null) {
			System.err.println("Usage: DeadLetterReplay [--bootstrap host:port] --dlq <topic>.<group>.dlq [--list]");
			System.exit(2);
		}
		String bootstrap = options.getOrDefault("--bootstrap",
				System.getenv().getOrDefault("KAFKA_BOOTSTRAP", "127.0.0.1:19092"));
		int count = new DeadLetterReplay(bootstrap, System.out).replay(dlq, options.containsKey("--list"));
		System.out.println((options.containsKey("--list") ? "Would replay " : "Replayed ") + count + " record(s) of "
				+ dlq);
	}

	/** Replays (or with {@code listOnly} only prints) the records not replayed before; returns how many. */
	public int replay(String dlq, boolean listOnly) throws ExecutionException, InterruptedException {
		try (KafkaConsumer<byte[], byte[]> consumer = consumer(dlq);
				KafkaProducer<byte[], byte[]> producer = producer()) {
			List<TopicPartition> partitions = consumer.partitionsFor(dlq)
				.stream()
				.map((info) -> new TopicPartition(info.topic(), info.partition()))
				.toList();
			consumer.assign(partitions);
			Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
			List<Future<?>> sends = new ArrayList<>();
			Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
			int seen = 0;
			while (partitions.stream().anyMatch((partition) -> consumer.position(partition) < ends.get(partition))) {
				for (ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL)) {
					if (record.offset() >= ends.get(new TopicPartition(record.topic(), record.partition()))) {
						continue;
					}
					seen++;
					String target = originalTopic(record, dlq);
					this.out.printf("%s-%d@%d %s %s -> %s: %s%n", record.topic(), record.partition(), record.offset(),
							header(record, CloudEventHeaders.TYPE), header(record, CloudEventHeaders.ID), target,
							header(record, EXCEPTION_MESSAGE));
					if (!listOnly) {
						sends.add(producer.send(copy(record, target)));
					}
					done.put(new TopicPartition(record.topic(), record.partition()),
							new OffsetAndMetadata(record.offset() + 1));
				}
			}
			for (Future<?> send : sends) {
				send.get();
			}
			if (!listOnly && !done.isEmpty()) {
				consumer.commitSync(done);
			}
			return seen;
		}
	}


	/** The topic the binder took the record from: its header, else the name {@code <topic>.<group>.dlq} minus the suffix. */
	static String originalTopic(ConsumerRecord<byte[], byte[]> record, String dlq) {
		String original = header(record, ORIGINAL_TOPIC);
		if (original != null) {
			return original;
		}
		String withoutDlq = dlq.substring(0, dlq.lastIndexOf(".dlq"));
		return withoutDlq.substring(0, withoutDlq.lastIndexOf('.'));
	}

	private static ProducerRecord<byte[], byte[]> copy(ConsumerRecord<byte[], byte[]> record, String target) {
		ProducerRecord<byte[], byte[]> copy = new ProducerRecord<>(target, record.key(), record.value());
		for (Header header : record.headers()) {
			if (!header.key().startsWith(DEAD_LETTER_HEADERS)) {
				copy.headers().add(header);
			}
		}
		return copy;
	}

	private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
		Header header = record.headers().lastHeader(name);
		return (header != null) ? new String(header.value(), StandardCharsets.UTF_8) : null;
	}

	private static String header(ConsumerRecord<byte[], byte[]> record, List<String> names) {
		return names.stream().map((name) -> header(record, name)).filter(Objects::nonNull).findFirst().orElse(null);
	}

	private KafkaConsumer<byte[], byte[]> consumer(String dlq) {
		return new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, this.bootstrap,
				ConsumerConfig.GROUP_ID_CONFIG, "dlq-replay." + dlq, ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
				ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new ByteArrayDeserializer(),
				new ByteArrayDeserializer());
	}

	private KafkaProducer<byte[], byte[]> producer() {
		return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, this.bootstrap,
				ProducerConfig.ACKS_CONFIG, "all"), new ByteArraySerializer(), new ByteArraySerializer());
	}

	private static Map<String, String> options(String[] args) {
		Map<String, String> options = new HashMap<>();
		for (int i = 0; i < args.length; i++) {
			boolean hasValue = i + 1 < args.length && !args[i + 1].startsWith("--");
			options.put(args[i], hasValue ? args[++i] : "");
		}
		return options;
	}

}
