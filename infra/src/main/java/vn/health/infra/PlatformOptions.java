package vn.health.infra;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * How to run the embedded platform.
 *
 * @param root the repository root, where the service jars are built
 * @param dataDir where Mongo and Kafka keep their data and every process its log
 * @param ports the loopback ports of every process
 * @param externalSmtp an SMTP server to use instead of the dev mail server
 * @param components the components to start
 * @param furtherInstancePorts the HTTP ports of the further instances of a service (its second, third, ...), by
 * service; a service not in it runs once
 * @param extraEnvironment variables per component, added last so they override the defaults
 * @param readyTimeout how long one start step may take: a process, or all services together
 * @param classpath the classpath of the Mongo-wire server, Kafka and the dev mail server
 * @param mongoHeap the Mongo-wire server's maximum heap ({@code -Xmx}); its indexes are kept in memory
 */
public record PlatformOptions(Path root, Path dataDir, Ports ports, Optional<SmtpServer> externalSmtp,
		Set<Component> components, Map<Component, List<Integer>> furtherInstancePorts,
		Map<Component, Map<String, String>> extraEnvironment, Duration readyTimeout,
		String classpath, String mongoHeap) {

	/** An SMTP server's address. */
	public record SmtpServer(String host, int port) {
	}

	public PlatformOptions {
		components = Set.copyOf(components);
		furtherInstancePorts = Map.copyOf(furtherInstancePorts);
		extraEnvironment = Map.copyOf(extraEnvironment);
	}

	/** All processes on the default ports; the launcher's own classpath for the infrastructure. */
	public static Builder builder(Path root, Path dataDir) {
		return new Builder(root.toAbsolutePath().normalize(), dataDir.toAbsolutePath().normalize());
	}

	public Path logDir() {
		return dataDir.resolve("logs");
	}

	/** The processes to start: every selected component's first instance and a service's further ones. */
	public List<Instance> instances() {
		return Arrays.stream(Component.values())
			.filter(components::contains)
			.flatMap((component) -> IntStream.rangeClosed(1, 1 + further(component).size())
				.mapToObj((number) -> new Instance(component, number)))
			.toList();
	}

	/** Where an instance of the auth-server, a service, the console or the gateway serves HTTP. */
	public int httpPort(Instance instance) {
		if (instance.number() == 1) {
			return ports.http(instance.component());
		}
		List<Integer> further = further(instance.component());
		if (instance.number() - 2 >= further.size()) {
			throw new IllegalArgumentException("%s is not run: %s runs %d instance(s) (Builder.instances)"
				.formatted(instance.name(), instance.component().id(), 1 + further.size()));
		}
		return further.get(instance.number() - 2);
	}

	private List<Integer> further(Component component) {
		return furtherInstancePorts.getOrDefault(component, List.of());
	}

	public static final class Builder {

		private final Path root;

		private final Path dataDir;

		private Ports ports = Ports.defaults();

		private SmtpServer externalSmtp;

		private EnumSet<Component> components = EnumSet.allOf(Component.class);

		private final Map<Component, Integer> instances = new EnumMap<>(Component.class);

		private final Map<Component, Map<String, String>> extraEnvironment = new HashMap<>();

		private Duration readyTimeout = Duration.ofSeconds(180);

		private String mongoHeap = "256m";

		private Builder(Path root, Path dataDir) {
			this.root = root;
			this.dataDir = dataDir;
		}

		public Builder ports(Ports ports) {
			this.ports = ports;
			return this;
		}

		/** Sends the notification service's mail there; the dev mail server is then not started. */
		public Builder externalSmtp(String host, int port) {
			this.externalSmtp = new SmtpServer(host, port);
			return this;
		}

		/** Starts only these components, e.g. {@code only("mongo", "kafka")}. */
		public Builder only(String... componentIds) {
			this.components = EnumSet.noneOf(Component.class);
			Arrays.stream(componentIds).map(Component::named).forEach(components::add);
			return this;
		}

		/**
		 * Runs {@code count} instances of a service, e.g. {@code instances("notification-service", 2)} for
		 * {@code notification-service} and {@code notification-service-2}: the same environment, so the same
		 * consumer group and database, each on its own free port with its own log file.
		 */
		public Builder instances(String serviceId, int count) {
			Component service = Component.named(serviceId);
			if (count < 1 || !service.isService()) {
				throw new IllegalArgumentException(
						"%s cannot run %d instances; a service runs one or more".formatted(serviceId, count));
			}
			instances.put(service, count);
			return this;
		}

		public Builder environment(String componentId, String name, String value) {
			extraEnvironment.computeIfAbsent(Component.named(componentId), c -> new HashMap<>()).put(name, value);
			return this;
		}

		public Builder readyTimeout(Duration readyTimeout) {
			this.readyTimeout = readyTimeout;
			return this;
		}

		/** For a store far larger than the demo's, e.g. {@code mongoHeap("4g")} for a million documents. */
		public Builder mongoHeap(String mongoHeap) {
			this.mongoHeap = mongoHeap;
			return this;
		}

		public PlatformOptions build() {
			EnumSet<Component> selected = EnumSet.copyOf(components);
			if (externalSmtp != null) {
				selected.remove(Component.MAIL);
			}
			Map<Component, Map<String, String>> environment = new HashMap<>();
			extraEnvironment.forEach((component, variables) -> environment.put(component, Map.copyOf(variables)));
			return new PlatformOptions(root, dataDir, ports, Optional.ofNullable(externalSmtp), selected,
					furtherInstancePorts(), environment, readyTimeout, System.getProperty("java.class.path"), mongoHeap);
		}

		/** Taken together, so that no two instances get the same port. */
		private Map<Component, List<Integer>> furtherInstancePorts() {
			int[] free = Ports.freePorts(instances.values().stream().mapToInt((count) -> count - 1).sum());
			Map<Component, List<Integer>> further = new EnumMap<>(Component.class);
			int next = 0;
			for (Map.Entry<Component, Integer> service : instances.entrySet()) {
				further.put(service.getKey(), Arrays.stream(free, next, next + service.getValue() - 1).boxed().toList());
				next += service.getValue() - 1;
			}
			return further;
		}

	}

}
