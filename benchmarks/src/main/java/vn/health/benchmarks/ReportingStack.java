package vn.health.benchmarks;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.util.FileSystemUtils;

import vn.health.infra.Platform;
import vn.health.infra.PlatformOptions;
import vn.health.infra.Ports;
import vn.health.testkit.JsonHttp;

/**
 * The Mongo-wire server, the Kafka broker and reporting-service as separate processes, exactly as {@code ./platform}
 * starts them, on free ports and in a fresh data folder. The scheduled sweeps are pushed a day away so that only the
 * benchmark's own sweep calls do sweep work.
 */
final class ReportingStack implements AutoCloseable {

	private static final String NO_SCHEDULED_RUN = "PT24H";

	private final Platform platform;

	private ReportingStack(Platform platform) {
		this.platform = platform;
	}

	static ReportingStack start(Path root, Path dataDir) {
		FileSystemUtils.deleteRecursively(dataDir.toFile());
		Platform platform = new Platform(PlatformOptions.builder(root, dataDir)
			.ports(Ports.free())
			.only("mongo", "kafka", "reporting-service")
			.environment("reporting-service", "OVERDUE_SWEEP_INTERVAL", NO_SCHEDULED_RUN)
			.environment("reporting-service", "REMINDER_SWEEP_INTERVAL", NO_SCHEDULED_RUN)
			.environment("reporting-service", "ESCALATION_SWEEP_INTERVAL", NO_SCHEDULED_RUN)
			.readyTimeout(Duration.ofSeconds(240))
			.build());
		platform.start();
		return new ReportingStack(platform);
	}

	String kafka() {
		return this.platform.url("kafka");
	}

	String mongo() {
		return this.platform.url("mongo");
	}

	JsonHttp reportingService() {
		return new JsonHttp(this.platform.url("reporting-service"));
	}

	@Override
	public void close() {
		this.platform.close();
	}

}
