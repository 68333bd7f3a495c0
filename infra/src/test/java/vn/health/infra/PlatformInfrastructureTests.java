package vn.health.infra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
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
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The Mongo-wire server and the Kafka broker as the launcher runs them: own processes, free ports. */
@TestMethodOrder(OrderAnnotation.class)
class PlatformInfrastructureTests {

	@TempDir
	static Path dataDir;

	static Platform platform;

	@BeforeAll
	static void startMongoAndKafka() {
		platform = new Platform(PlatformOptions.builder(Path.of(".."), dataDir)
			.ports(Ports.free())
			.only("mongo", "kafka")
			.readyTimeout(Duration.ofSeconds(60))
			.build());
		platform.start();
	}

	@AfterAll
	static void closePlatform() {
		platform.close();
	}

	@Test
	@Order(1)
	void documentSurvivesARestartOfTheMongoProcess() {
		try (MongoClient client = MongoClients.create(platform.url("mongo"))) {
			checks(client).insertOne(new Document("_id", "restart").append("kept", true));
		}

		platform.restart("mongo");

		try (MongoClient client = MongoClients.create(platform.url("mongo"))) {
			assertThat(checks(client).find(new Document("_id", "restart")).first()).containsEntry("kept", true);
		}
	}

	/** Read from {@code /proc}, as the process got it: a process's environment is not otherwise visible. */
	@Test
	@Order(2)
	void aVariableSetAfterTheOptionsReachesTheProcessFromItsNextStart() throws IOException {
		platform.setEnvironment("mongo", "PLATFORM_CHECK", "set-later");
		assertThat(environmentOf("mongo")).doesNotContain("PLATFORM_CHECK=set-later");

		platform.restart("mongo");

		assertThat(environmentOf("mongo")).contains("PLATFORM_CHECK=set-later");
	}

	@Test
	@Order(3)
	void recordProducedToATopicCanBeConsumed() throws Exception {
		RecordMetadata sent;
		try (var producer = new KafkaProducer<>(Map.<String, Object>of(
				ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, platform.url("kafka")), new StringSerializer(),
				new StringSerializer())) {
			sent = producer.send(new ProducerRecord<>("infra-check", "province-1", "hello")).get();
		}

		try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(
				ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, platform.url("kafka")), new StringDeserializer(),
				new StringDeserializer())) {
			TopicPartition partition = new TopicPartition(sent.topic(), sent.partition());
			consumer.assign(List.of(partition));
			consumer.seek(partition, sent.offset());
			await().atMost(Duration.ofSeconds(20))
				.until(() -> consumer.poll(Duration.ofMillis(200)).records(partition), records -> records.stream()
					.map(ConsumerRecord::value)
					.anyMatch("hello"::equals));
		}
	}

	@Test
	@Order(4)
	void closingStopsEveryProcess() {
		List<ProcessHandle> processes = List.of(platform.process("mongo").orElseThrow(),
				platform.process("kafka").orElseThrow());

		platform.close();

		assertThat(processes).noneMatch(ProcessHandle::isAlive);
		assertThat(platform.process("mongo")).isEmpty();
	}

	private static List<String> environmentOf(String name) throws IOException {
		long pid = platform.process(name).orElseThrow().pid();
		return List.of(Files.readString(Path.of("/proc", String.valueOf(pid), "environ")).split("\0"));
	}

	private static MongoCollection<Document> checks(MongoClient client) {
		return client.getDatabase("infra").getCollection("checks");
	}

}
