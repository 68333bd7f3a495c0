package vn.health.infra.process;

import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** An OS process started from a {@link ProcessSpec}, its output appended to its log file. */
public final class RunningProcess {

	private static final Logger log = LoggerFactory.getLogger(RunningProcess.class);

	private final ProcessSpec spec;

	private final Process process;

	private final LogFile logFile;

	private final Instant startedAt = Instant.now();

	private volatile boolean stopRequested;

	private RunningProcess(ProcessSpec spec, Process process, LogFile logFile) {
		this.spec = spec;
		this.process = process;
		this.logFile = logFile;
	}

	public static RunningProcess start(ProcessSpec spec, Path logPath) throws IOException {
		LogFile logFile = LogFile.startRun(logPath, spec.name());
		ProcessBuilder builder = new ProcessBuilder(spec.command()).redirectErrorStream(true)
			.redirectOutput(Redirect.appendTo(logFile.path().toFile()));
		builder.environment().putAll(spec.environment());
		return new RunningProcess(spec, builder.start(), logFile);
	}

	public String name() {
		return spec.name();
	}

	public ProcessHandle handle() {
		return process.toHandle();
	}

	public Instant startedAt() {
		return startedAt;
	}

	public LogFile log() {
		return logFile;
	}

	public boolean isAlive() {
		return process.isAlive();
	}

	public boolean isReady() {
		return spec.readiness().check();
	}

	public int exitCode() {
		return process.exitValue();
	}

	/** Waits for a process that is meant to finish by itself, such as a one-off tool. */
	public int awaitExit(Duration timeout) throws InterruptedException {
		if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
			process.destroyForcibly().waitFor();
			throw StartupFailure.withLog(this, "%s did not finish within %d s".formatted(name(), timeout.toSeconds()));
		}
		return process.exitValue();
	}

	/** From now on, an exit is reported as unexpected unless {@link #requestStop()} came first. */
	public void reportUnexpectedExit() {
		process.onExit().thenRun(() -> {
			if (!stopRequested) {
				log.warn("{} exited unexpectedly with code {}; see {}", name(), process.exitValue(), logFile.path());
			}
		});
	}

	/** Asks the process to stop (SIGTERM), so it can shut down cleanly. */
	public void requestStop() {
		stopRequested = true;
		process.destroy();
	}

	/** Kills the process at once (SIGKILL), as a crash would: no shutdown hooks, nothing flushed or committed. */
	public void kill() {
		stopRequested = true;
		try {
			process.destroyForcibly().waitFor();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** Waits for the process to stop after {@link #requestStop()}; kills it after the grace period. */
	public void awaitStop(Duration grace) {
		try {
			if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
				log.warn("{} did not stop within {} s; killing it", name(), grace.toSeconds());
				process.destroyForcibly().waitFor();
			}
		}
		catch (InterruptedException ex) {
			process.destroyForcibly();
			Thread.currentThread().interrupt();
		}
	}

}
