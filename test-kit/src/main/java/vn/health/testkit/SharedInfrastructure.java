package vn.health.testkit;

import java.net.InetSocketAddress;
import java.util.UUID;

import de.bwaldvogel.mongo.MongoServer;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

import vn.health.store.IndexedMemoryBackend;

/**
 * One real Kafka broker and one Mongo-wire server per JVM, shared by every test in it.
 * With a Docker engine they are the official images (Testcontainers); without one, an in-JVM KRaft
 * broker and mongo-java-server with indexes that answer queries (embedded-store). Tests are isolated by unique
 * topic and database names.
 */
public final class SharedInfrastructure {

	private static SharedInfrastructure instance;

	private final String kafkaBootstrap;

	private final String mongoAddress;

	private final boolean embedded;

	private SharedInfrastructure(String kafkaBootstrap, String mongoAddress, boolean embedded) {
		this.kafkaBootstrap = kafkaBootstrap;
		this.mongoAddress = mongoAddress;
		this.embedded = embedded;
	}

	public static synchronized SharedInfrastructure get() {
		if (instance == null) {
			instance = DockerClientFactory.instance().isDockerAvailable() ? containers() : inJvm();
		}
		return instance;
	}

	private static SharedInfrastructure containers() {
		KafkaContainer kafka = new KafkaContainer("apache/kafka:4.1.1");
		MongoDBContainer mongo = new MongoDBContainer("mongo:8.0");
		kafka.start();
		mongo.start();
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			kafka.stop();
			mongo.stop();
		}));
		String address = mongo.getConnectionString().replaceFirst("^mongodb://", "");
		return new SharedInfrastructure(kafka.getBootstrapServers(), address, false);
	}

	private static SharedInfrastructure inJvm() {
		EmbeddedKafkaKraftBroker kafka = new EmbeddedKafkaKraftBroker(1, 3);
		kafka.brokerProperty("group.initial.rebalance.delay.ms", 0);
		kafka.afterPropertiesSet();
		MongoServer mongo = new MongoServer(new IndexedMemoryBackend());
		InetSocketAddress address = mongo.bind();
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			kafka.destroy();
			mongo.shutdownNow();
		}));
		return new SharedInfrastructure(kafka.getBrokersAsString(), address.getHostString() + ":" + address.getPort(), true);
	}

	public String kafkaBootstrap() {
		return this.kafkaBootstrap;
	}

	/** A connection string for a database of its own, named {@code <prefix>-<random>}. */
	public String mongoUri(String databasePrefix) {
		return "mongodb://" + this.mongoAddress + "/" + uniqueName(databasePrefix);
	}

	/** True for mongo-java-server, which answers {@code ping} but not Boot's {@code hello} health command. */
	public boolean embeddedMongo() {
		return this.embedded;
	}

	public static String uniqueName(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

}
