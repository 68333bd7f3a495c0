package vn.health.benchmarks;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

import org.springframework.util.FileSystemUtils;

import vn.health.infra.Platform;
import vn.health.infra.PlatformOptions;
import vn.health.infra.Ports;

/**
 * The Mongo-wire server (or a given MongoDB), the Kafka broker and reporting-service as separate processes, exactly
 * as {@code ./platform} starts them, on free ports and in a fresh data folder. The scheduled sweeps are pushed a day away so that only the
 * benchmark's own sweep calls do sweep work.
 */
final class ReportingStack implements AutoCloseable {

	private static final String NO_SCHEDULED_RUN = "PT24H";

	private final Platform platform;

	private final String mongo;

	private ReportingStack(Platform platform, String mongo) {
		this.platform = platform;
		this.mongo = mongo;
	}

	/**
	 * Starts a fresh stack in {@code <data>/<name>}. With a MongoDB URI, reporting-service stores in database
	 * {@code benchmark_<name>} there (emptied first) instead of in an embedded Mongo-wire server.
	 */
	static ReportingStack start(Settings settings, String name) {
		Path dataDir = settings.data().resolve(name);
		FileSystemUtils.deleteRecursively(dataDir.toFile());
		PlatformOptions.Builder options = PlatformOptions.builder(settings.root(), dataDir)
			.ports(Ports.free())
			.environment("reporting-service", "OVERDUE_SWEEP_INTERVAL", NO_SCHEDULED_RUN)
			.environment("reporting-service", "REMINDER_SWEEP_INTERVAL", NO_SCHEDULED_RUN)
			.environment("reporting-service", "ESCALATION_SWEEP_INTERVAL", NO_SCHEDULED_RUN)
			// The benchmark measures the sweeps, not sign-in, and starts no issuer: the service takes its callers' word.
			.environment("reporting-service", "PLATFORM_SECURITY_ENABLED", "false")
			.readyTimeout(Duration.ofSeconds(240))
			.mongoHeap(settings.mongoHeap());
		settings.mongoUri().ifPresentOrElse((uri) -> {
			String database = "benchmark_" + name.replace('-', '_');
			try (MongoClient client = MongoClients.create(uri)) {
				client.getDatabase(database).drop();
			}
			options.only("kafka", "reporting-service")
				.environment("reporting-service", "MONGODB_URI", uri.replaceFirst("/?(\\?|$)", "/" + database + "$1"))
				.environment("reporting-service", "MONGO_HEALTH_PING", "false");
		}, () -> options.only("mongo", "kafka", "reporting-service"));
		Platform platform = new Platform(options.build());
		// Ctrl-C during a long run must not leave the broker, the store and the service behind.
		Runtime.getRuntime().addShutdownHook(new Thread(platform::close));
		platform.start();
		return new ReportingStack(platform, settings.mongoUri().orElseGet(() -> platform.url("mongo")));
	}

	String kafka() {
		return this.platform.url("kafka");
	}

	String mongo() {
		return this.mongo;
	}

	URI reportingService() {
		return URI.create(this.platform.url("reporting-service"));
	}

	@Override
	public void close() {
		this.platform.close();
	}

	/**
	 * @param root the repository root, where the service jars are built
	 * @param data the folder under which each stack gets a fresh folder
	 * @param mongoUri a MongoDB to use instead of the embedded Mongo-wire server
	 * @param mongoHeap the embedded Mongo-wire server's maximum heap, which holds its indexes
	 */
	record Settings(Path root, Path data, Optional<String> mongoUri, String mongoHeap) {
	}

}
