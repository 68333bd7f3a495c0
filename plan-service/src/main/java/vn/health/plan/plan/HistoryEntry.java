package vn.health.plan.plan;

import java.time.Instant;
import java.util.List;

/**
 * Nhật ký thay đổi — one change of a plan: who, when, what, why; kept in the plan's own document.
 *
 * @param version the plan's version after the change
 * @param by who asked for it: the subject of the caller's access token ({@code anonymous} in entries made
 *        before the service checked tokens)
 * @param changed the parts of the content that changed, empty when none did
 * @param reason why, for amendments, revocations and closings; {@code null} otherwise
 * @param detail what exactly, where the part's name is not enough: the attached file's name
 */
public record HistoryEntry(PlanChange change, int version, String by, Instant at, List<String> changed,
		String reason, String detail) {

	public HistoryEntry {
		changed = (changed != null) ? List.copyOf(changed) : List.of();
	}

}
