package vn.health.testkit;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import java.util.function.Predicate;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import vn.health.contracts.CloudEventHeaders;
import vn.health.contracts.EventType;

/** Produces CloudEvents records and reads topics from the beginning, as another service would. */
public final class KafkaTestClient {

	private final String bootstrap;

	public KafkaTestClient(String bootstrap) {
		this.bootstrap = bootstrap;
	}

	/** A binary-mode CloudEvent of {@code type} with the given JSON payload, as a producer service sends it. */
	public static ProducerRecord<String, String> cloudEvent(EventType type, String key, String json, String eventId) {
		ProducerRecord<String, String> record = new ProducerRecord<>(type.topic(), key, json);
		header(record, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE);
		header(record, CloudEventHeaders.ID, eventId);
		header(record, CloudEventHeaders.TYPE, type.typeName());
		header(record, CloudEventHeaders.SOURCE, "/test");
		header(record, CloudEventHeaders.SUBJECT, key);
		header(record, CloudEventHeaders.TIME, Instant.now().toString());
		header(record, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
		return record;
	}

	public static ProducerRecord<String, String> cloudEvent(EventType type, String key, String json) {
		return cloudEvent(type, key, json, UUID.randomUUID().toString());
	}

	public static String header(ConsumerRecord<?, ?> record, String name) {
		Header header = record.headers().lastHeader(name);
		return (header != null) ? new String(header.value(), StandardCharsets.UTF_8) : null;
	}

	private static void header(ProducerRecord<String, String> record, String name, String value) {
		record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
	}

	/** Sends and waits for the broker's acknowledgement. */
	public void send(ProducerRecord<String, String> record) {
		try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
				ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, this.bootstrap, ProducerConfig.ACKS_CONFIG, "all"),
				new StringSerializer(), new StringSerializer())) {
			producer.send(record).get();
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not send to " + record.topic(), ex);
		}
	}

	/**
	 * Whether consumer group {@code group} has committed every record of {@code topic} up to its end:
	 * then whatever was sent before has been handled (or dead-lettered).
	 */
	public boolean caughtUp(String group, String topic) {
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, this.bootstrap))) {
			Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
				.partitionsToOffsetAndMetadata()
				.get();
			Map<TopicPartition, OffsetSpec> partitions = admin.describeTopics(List.of(topic))
				.allTopicNames()
				.get()
				.get(topic)
				.partitions()
				.stream()
				.collect(Collectors.toMap((info) -> new TopicPartition(topic, info.partition()),
						(info) -> OffsetSpec.latest()));
			return admin.listOffsets(partitions).all().get().entrySet().stream().allMatch((end) -> {
				OffsetAndMetadata done = committed.get(end.getKey());
				long endOffset = end.getValue().offset();
				return endOffset == 0 || (done != null && done.offset() >= endOffset);
			});
		}
		catch (ExecutionException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/** Creates {@code topic} with {@code partitions} partitions unless it exists; production topics have several. */
	public void createTopic(String topic, int partitions) {
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, this.bootstrap))) {
			admin.createTopics(List.of(new NewTopic(topic, partitions, (short) 1))).all().get();
		}
		catch (ExecutionException ex) {
			if (!(ex.getCause() instanceof TopicExistsException)) {
				throw new IllegalStateException("Could not create " + topic, ex);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** Copies a consumed record, headers and all: what a redelivery by the broker looks like to a consumer. */
	public void resend(ConsumerRecord<String, String> record) {
		ProducerRecord<String, String> copy = new ProducerRecord<>(record.topic(), null, record.key(), record.value(),
				record.headers());
		send(copy);
	}

	/**
	 * Reads {@code topic} from the beginning until what was read satisfies {@code enough}, or until
	 * {@code timeout}; returns what was read either way.
	 */
	public List<ConsumerRecord<String, String>> readUntil(String topic,
			Predicate<List<ConsumerRecord<String, String>>> enough, Duration timeout) {
		List<ConsumerRecord<String, String>> records = new ArrayList<>();
		try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
				ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, this.bootstrap, ConsumerConfig.GROUP_ID_CONFIG,
				"test-reader-" + UUID.randomUUID(), ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
				new StringDeserializer(), new StringDeserializer())) {
			consumer.subscribe(List.of(topic));
			Instant until = Instant.now().plus(timeout);
			while (!enough.test(records) && Instant.now().isBefore(until)) {
				consumer.poll(Duration.ofMillis(200)).forEach(records::add);
			}
		}
		return records;
	}

}
