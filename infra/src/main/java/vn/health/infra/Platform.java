package vn.health.infra;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
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
 * issuer, the services and the gateway, each its own OS process. Components are named by {@link Component#id()}.
 * Once closed, a platform cannot be started again.
 */
public final class Platform implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(Platform.class);

	private static final Duration STOP_GRACE = Duration.ofSeconds(20);

	/**
	 * Each step starts once the one before is ready; the services start side by side, after the issuer
	 * whose tokens they accept.
	 */
	private static final List<List<Component>> STEPS = List.of(List.of(Component.MONGO), List.of(Component.KAFKA),
			List.of(Component.MAIL), List.of(Component.AUTH_SERVER),
			Arrays.stream(Component.values()).filter((c) -> c.isService() || c == Component.CONSOLE).toList(),
			List.of(Component.GATEWAY));

	private final PlatformOptions options;

	private final ComponentSpecs specs;

	private final Map<Component, RunningProcess> running = new EnumMap<>(Component.class);

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
				List<Component> toStart = step.stream()
					.filter(options.components()::contains)
					.filter(component -> process(component.id()).isEmpty())
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

	/** Starts one component and waits until it is ready; leaves the others alone if it fails. */
	public void start(String name) {
		startTogether(List.of(Component.named(name)));
	}

	/** Stops one component: SIGTERM, then a kill if it has not stopped within 20 s. */
	public void stop(String name) {
		stopTogether(List.of(Component.named(name)));
	}

	/** Kills one component at once (SIGKILL), as a crash would; {@link #start(String)} starts it again. */
	public void kill(String name) {
		RunningProcess process;
		synchronized (this) {
			process = running.remove(Component.named(name));
		}
		if (process != null) {
			process.kill();
			log.info("{} killed", process.name());
		}
	}

	public void restart(String name) {
		stop(name);
		start(name);
	}

	/** Where a component is reached: an http, mongodb or smtp URL, or for Kafka its bootstrap address. */
	public String url(String name) {
		return specs.url(Component.named(name));
	}

	/** The running process of a component, if it runs. */
	public synchronized Optional<ProcessHandle> process(String name) {
		return Optional.ofNullable(running.get(Component.named(name))).map(RunningProcess::handle);
	}

	public Path logFile(String name) {
		return specs.logFile(Component.named(name));
	}

	/** Stops everything in reverse order of starting: gateway, services, auth-server, mail, Kafka, Mongo. */
	@Override
	public void close() {
		closing = true;
		for (List<Component> step : STEPS.reversed()) {
			stopTogether(step);
		}
	}

	private void startTogether(List<Component> components) {
		List<Component> launched = new ArrayList<>();
		List<RunningProcess> started = new ArrayList<>();
		try {
			for (Component component : components) {
				started.add(launch(component));
				launched.add(component);
			}
			new Startup(options.readyTimeout(), () -> closing).awaitReady(started, this::announceReady);
		}
		catch (RuntimeException ex) {
			stopTogether(launched);
			throw ex;
		}
	}

	private synchronized RunningProcess launch(Component component) {
		if (closing) {
			throw new StartupFailure("Startup cancelled: the platform is stopping");
		}
		if (running.containsKey(component)) {
			throw new IllegalStateException(component.id() + " is already running");
		}
		try {
			ProcessSpec spec = specs.prepare(component);
			for (int port : spec.ports()) {
				if (new PortOpen(Ports.HOST, port).check()) {
					throw new StartupFailure("Port %d for %s is already in use; is the platform running already?"
						.formatted(port, component.id()));
				}
			}
			RunningProcess process = RunningProcess.start(spec, specs.logFile(component));
			running.put(component, process);
			return process;
		}
		catch (IOException ex) {
			throw new StartupFailure("Could not start %s: %s".formatted(component.id(), ex));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new StartupFailure("Startup interrupted while preparing " + component.id());
		}
	}

	private void announceReady(RunningProcess process) {
		process.reportUnexpectedExit();
		double seconds = Duration.between(process.startedAt(), Instant.now()).toMillis() / 1000.0;
		log.info("{} ready in {} s  {}", "%-20s".formatted(process.name()), "%5.1f".formatted(seconds),
				url(process.name()));
	}

	private void stopTogether(List<Component> components) {
		List<RunningProcess> stopping = new ArrayList<>();
		synchronized (this) {
			components.stream().map(running::remove).filter(Objects::nonNull).forEach(stopping::add);
		}
		stopping.forEach(RunningProcess::requestStop);
		for (RunningProcess process : stopping) {
			process.awaitStop(STOP_GRACE);
			log.info("{} stopped", process.name());
		}
	}

}
