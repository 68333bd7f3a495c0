package vn.health.infra;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import vn.health.infra.kafka.KafkaBroker;
import vn.health.infra.mail.DevMailServer;
import vn.health.infra.mongo.MongoWireServer;
import vn.health.infra.process.HealthUp;
import vn.health.infra.process.JavaCommand;
import vn.health.infra.process.PortOpen;
import vn.health.infra.process.ProcessSpec;
import vn.health.infra.process.StartupFailure;

/** Turns the options into what to start for each instance of a component, preparing its files on the way. */
final class ComponentSpecs {

	private static final List<String> APPLICATION_JVM_OPTIONS = List.of("-Xmx384m", "-XX:TieredStopAtLevel=1");

	private static final List<String> INFRASTRUCTURE_JVM_OPTIONS = List.of("-Xmx256m");

	private final PlatformOptions options;

	private final ServiceEnvironment environment;

	ComponentSpecs(PlatformOptions options) {
		this.options = options;
		this.environment = new ServiceEnvironment(options);
	}

	Path logFile(Instance instance) {
		return options.logDir().resolve(instance.name() + ".log");
	}

	ProcessSpec prepare(Instance instance) throws IOException, InterruptedException {
		Component component = instance.component();
		Ports ports = options.ports();
		return switch (component) {
			case MONGO -> new ProcessSpec(component.id(),
					JavaCommand.mainClass(options.classpath(), List.of("-Xmx" + options.mongoHeap()),
							MongoWireServer.class.getName(), Ports.HOST, String.valueOf(ports.mongo()),
							options.dataDir().resolve("mongo/platform.mv.db").toString()),
					Map.of(), List.of(ports.mongo()), new PortOpen(Ports.HOST, ports.mongo()));
			case KAFKA -> new KafkaBroker(options.dataDir().resolve("kafka"), Ports.HOST, ports.kafka(), ports.kafkaController(),
					options.classpath(), logFile(instance))
				.prepare();
			case MAIL -> new ProcessSpec(component.id(),
					infrastructure(DevMailServer.class, Ports.HOST, String.valueOf(ports.smtp()),
							String.valueOf(ports.imap())),
					Map.of(), List.of(ports.smtp(), ports.imap()), new PortOpen(Ports.HOST, ports.smtp()));
			default -> application(instance);
		};
	}

	private ProcessSpec application(Instance instance) {
		Component application = instance.component();
		Path jar = options.root().resolve("%1$s/target/%1$s-0.1.0-SNAPSHOT.jar".formatted(application.id()));
		if (!Files.isRegularFile(jar)) {
			throw new StartupFailure("%s is not built: %s is missing (run ./mvnw -DskipTests package)"
				.formatted(application.id(), jar));
		}
		return new ProcessSpec(instance.name(), JavaCommand.jar(jar, APPLICATION_JVM_OPTIONS), environment.of(instance),
				List.of(options.httpPort(instance)), new HealthUp(URI.create(url(instance))));
	}

	private List<String> infrastructure(Class<?> mainClass, String... args) {
		return JavaCommand.mainClass(options.classpath(), INFRASTRUCTURE_JVM_OPTIONS, mainClass.getName(), args);
	}

	/** Where an instance is reached from this machine. */
	String url(Instance instance) {
		Ports ports = options.ports();
		return switch (instance.component()) {
			case MONGO -> "mongodb://%s:%d".formatted(Ports.HOST, ports.mongo());
			case KAFKA -> "%s:%d".formatted(Ports.HOST, ports.kafka());
			case MAIL -> "smtp://%s:%d".formatted(Ports.HOST, ports.smtp());
			default -> "http://%s:%d".formatted(Ports.HOST, options.httpPort(instance));
		};
	}

}
