package vn.health.infra;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.health.infra.process.PortOpen;
import vn.health.infra.process.ProcessSpec;
import vn.health.infra.process.RunningProcess;
import vn.health.infra.process.Startup;
import vn.health.infra.process.StartupFailure;

/**
 * The embedded platform: a Mongo-wire server, a Kafka broker, a dev mail server, the OpenID Connect
 * issuer, the services and the gateway, each its own OS process. Processes are named by {@link Instance#name()}:
 * a component's id, e.g. {@code notification-service}, and for a service's further instances
 * ({@link PlatformOptions.Builder#instances}) its id and number, e.g. {@code notification-service-2}.
 * Once closed, a platform cannot be started again.
 */
public final class Platform implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(Platform.class);

	private static final Duration STOP_GRACE = Duration.ofSeconds(20);

	/**
	 * Each step starts once the one before is ready; the services (every instance) start side by side, after the
	 * issuer whose tokens they accept.
	 */
	private static final List<List<Component>> STEPS = List.of(List.of(Component.MONGO), List.of(Component.KAFKA),
			List.of(Component.MAIL), List.of(Component.AUTH_SERVER),
			Arrays.stream(Component.values()).filter((c) -> c.isService() || c == Component.CONSOLE).toList(),
			List.of(Component.GATEWAY));

	private final PlatformOptions options;

	private final ComponentSpecs specs;

	private final Map<Instance, RunningProcess> running = new HashMap<>();

	/** Variables set on an instance after the options were built, from its next start on. */
	private final Map<Instance, Map<String, String>> laterEnvironment = new HashMap<>();

	private volatile boolean closing;

	public Platform(PlatformOptions options) {
		this.options = options;
		this.specs = new ComponentSpecs(options);
	}

	public PlatformOptions options() {
		return options;
	}

	/**
	 * Starts every selected component that is not running, step by step, each step waiting until
	 * its processes are ready. If one fails, stops everything and throws {@link StartupFailure}.
	 */
	public void start() {
		try {
			for (List<Component> step : STEPS) {
				List<Instance> toStart = instancesOf(step).stream()
					.filter(instance -> process(instance.name()).isEmpty())
					.toList();
				if (!toStart.isEmpty()) {
					startTogether(toStart);
				}
			}
		}
		catch (RuntimeException ex) {
			close();
			throw ex;
		}
	}

	/** Starts one process and waits until it is ready; leaves the others alone if it fails. */
	public void start(String name) {
		startTogether(List.of(Instance.named(name)));
	}

	/** Stops one process: SIGTERM, then a kill if it has not stopped within 20 s. */
	public void stop(String name) {
		stopTogether(List.of(Instance.named(name)));
	}

	/** Kills one process at once (SIGKILL), as a crash would; {@link #start(String)} starts it again. */
	public void kill(String name) {
		RunningProcess process;
		synchronized (this) {
			process = running.remove(Instance.named(name));
		}
		if (process != null) {
			process.kill();
			log.info("{} killed", process.name());
		}
	}

	/**
	 * Sets an environment variable of one process from its next start on, over what the options gave it: e.g. a
	 * setting a fault needed that the rest of a test run would only wait out.
	 */
	public synchronized void setEnvironment(String name, String variable, String value) {
		laterEnvironment.computeIfAbsent(Instance.named(name), (instance) -> new HashMap<>()).put(variable, value);
	}

	public void restart(String name) {
		stop(name);
		start(name);
	}

	/** Where a process is reached: an http, mongodb or smtp URL, or for Kafka its bootstrap address. */
	public String url(String name) {
		return specs.url(Instance.named(name));
	}

	/** The named process, if it runs. */
	public synchronized Optional<ProcessHandle> process(String name) {
		return Optional.ofNullable(running.get(Instance.named(name))).map(RunningProcess::handle);
	}

	public Path logFile(String name) {
		return specs.logFile(Instance.named(name));
	}

	/** Stops everything in reverse order of starting: gateway, services, auth-server, mail, Kafka, Mongo. */
	@Override
	public void close() {
		closing = true;
		for (List<Component> step : STEPS.reversed()) {
			stopTogether(running(step));
		}
	}

	/** The selected instances of a step's components. */
	private List<Instance> instancesOf(List<Component> step) {
		return options.instances().stream().filter(instance -> step.contains(instance.component())).toList();
	}

	/** What runs of a step's components, selected or started by name. */
	private synchronized List<Instance> running(List<Component> step) {
		return running.keySet().stream().filter(instance -> step.contains(instance.component())).toList();
	}

	private void startTogether(List<Instance> instances) {
		List<Instance> launched = new ArrayList<>();
		List<RunningProcess> started = new ArrayList<>();
		try {
			for (Instance instance : instances) {
				started.add(launch(instance));
				launched.add(instance);
			}
			new Startup(options.readyTimeout(), () -> closing).awaitReady(started, this::announceReady);
		}
		catch (RuntimeException ex) {
			stopTogether(launched);
			throw ex;
		}
	}

	private synchronized RunningProcess launch(Instance instance) {
		if (closing) {
			throw new StartupFailure("Startup cancelled: the platform is stopping");
		}
		if (running.containsKey(instance)) {
			throw new IllegalStateException(instance.name() + " is already running");
		}
		try {
			ProcessSpec spec = specs.prepare(instance).withEnvironment(laterEnvironment.getOrDefault(instance, Map.of()));
			for (int port : spec.ports()) {
				if (new PortOpen(Ports.HOST, port).check()) {
					throw new StartupFailure("Port %d for %s is already in use; is the platform running already?"
						.formatted(port, instance.name()));
				}
			}
			RunningProcess process = RunningProcess.start(spec, specs.logFile(instance));
			running.put(instance, process);
			return process;
		}
		catch (IOException ex) {
			throw new StartupFailure("Could not start %s: %s".formatted(instance.name(), ex));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new StartupFailure("Startup interrupted while preparing " + instance.name());
		}
	}

	private void announceReady(RunningProcess process) {
		process.reportUnexpectedExit();
		double seconds = Duration.between(process.startedAt(), Instant.now()).toMillis() / 1000.0;
		log.info("{} ready in {} s  {}", "%-22s".formatted(process.name()), "%5.1f".formatted(seconds),
				url(process.name()));
	}

	private void stopTogether(List<Instance> instances) {
		List<RunningProcess> stopping = new ArrayList<>();
		synchronized (this) {
			instances.stream().map(running::remove).filter(Objects::nonNull).forEach(stopping::add);
		}
		stopping.forEach(RunningProcess::requestStop);
		for (RunningProcess process : stopping) {
			process.awaitStop(STOP_GRACE);
			log.info("{} stopped", process.name());
		}
	}

}
