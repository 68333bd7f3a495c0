package vn.health.infra.process;

import java.util.List;

/** A process of the platform did not come up; the message says which, why, and ends with its log. */
public final class StartupFailure extends RuntimeException {

	private static final int TAIL_LINES = 40;

	public StartupFailure(String message) {
		super(message);
	}

	static StartupFailure exited(RunningProcess process) {
		return withLog(process, "%s exited with code %d while starting".formatted(process.name(), process.exitCode()));
	}

	static StartupFailure timedOut(RunningProcess process, long seconds) {
		return withLog(process, "%s did not become ready within %d s".formatted(process.name(), seconds));
	}

	/** Adds the end of the process's log to the message. */
	public static StartupFailure withLog(RunningProcess process, String reason) {
		List<String> tail = process.log().tail(TAIL_LINES);
		String header = "%s%n----- last %d lines of %s -----%n".formatted(reason, tail.size(), process.log().path());
		return new StartupFailure(header + String.join(System.lineSeparator(), tail));
	}

}
