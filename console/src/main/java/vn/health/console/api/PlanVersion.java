package vn.health.console.api;

import java.time.Instant;
import java.util.List;

/** One version of a plan: when it came into force, by whom, why, and what it changed. */
public record PlanVersion(int version, boolean current, Instant since, String by, String reason, List<String> changed) {

	public PlanVersion {
		changed = (changed != null) ? changed : List.of();
	}

}
