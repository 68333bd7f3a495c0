package vn.health.infra.kafka;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.common.Uuid;

import vn.health.infra.process.JavaCommand;
import vn.health.infra.process.ProcessSpec;
import vn.health.infra.process.RunningProcess;
import vn.health.infra.process.StartupFailure;

/**
 * A single-node Apache Kafka broker in KRaft mode (broker and controller in one process), run
 * from the Kafka jars on the launcher's classpath, with its configuration and data in one folder.
 */
public final class KafkaBroker {

	private static final Duration FORMAT_TIMEOUT = Duration.ofSeconds(60);

	private final Path dir;

	private final String host;

	private final int port;

	private final int controllerPort;

	private final String classpath;

	private final Path logFile;

	public KafkaBroker(Path dir, String host, int port, int controllerPort, String classpath, Path logFile) {
		this.dir = dir;
		this.host = host;
		this.port = port;
		this.controllerPort = controllerPort;
		this.classpath = classpath;
		this.logFile = logFile;
	}

	/** Writes the broker's configuration, formats its storage on first start, and says how to run it. */
	public ProcessSpec prepare() throws IOException, InterruptedException {
		Path config = dir.resolve("server.properties");
		Files.createDirectories(dir);
		List<String> lines = new ArrayList<>(List.of("# Written by the platform launcher on every start"));
		serverProperties().forEach((key, value) -> lines.add(key + "=" + value));
		Files.write(config, lines);
		if (!Files.exists(dataDir().resolve("meta.properties"))) {
			formatStorage(config);
		}
		return new ProcessSpec("kafka",
				JavaCommand.mainClass(classpath, List.of("-Xmx512m"), "kafka.Kafka", config.toString()), Map.of(),
				List.of(port, controllerPort), new KafkaClusterUp(host, port));
	}

	private Map<String, String> serverProperties() {
		Map<String, String> properties = new LinkedHashMap<>();
		properties.put("process.roles", "broker,controller");
		properties.put("node.id", "1");
		properties.put("controller.quorum.voters", "1@%s:%d".formatted(host, controllerPort));
		properties.put("listeners", "PLAINTEXT://%s:%d,CONTROLLER://%s:%d".formatted(host, port, host, controllerPort));
		properties.put("advertised.listeners", "PLAINTEXT://%s:%d".formatted(host, port));
		properties.put("controller.listener.names", "CONTROLLER");
		properties.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
		properties.put("log.dirs", dataDir().toString());
		properties.put("num.partitions", "3");
		properties.put("auto.create.topics.enable", "true");
		// One broker: the internal topics cannot have more replicas than that.
		properties.put("offsets.topic.replication.factor", "1");
		properties.put("transaction.state.log.replication.factor", "1");
		properties.put("transaction.state.log.min.isr", "1");
		// Nobody else will join a consumer group on a dev machine; don't wait for them.
		properties.put("group.initial.rebalance.delay.ms", "0");
		return properties;
	}

	private void formatStorage(Path config) throws IOException, InterruptedException {
		List<String> command = JavaCommand.mainClass(classpath, List.of(), "kafka.tools.StorageTool", "format", "-t",
				Uuid.randomUuid().toString(), "-c", config.toString());
		RunningProcess format = RunningProcess
			.start(new ProcessSpec("kafka storage format", command, Map.of(), List.of(), () -> true), logFile);
		int exitCode = format.awaitExit(FORMAT_TIMEOUT);
		if (exitCode != 0) {
			throw StartupFailure.withLog(format, "Formatting the Kafka storage failed with code " + exitCode);
		}
	}

	private Path dataDir() {
		return dir.resolve("data");
	}

}
