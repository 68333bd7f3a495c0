package vn.health.plan.plan;

import java.time.LocalDate;
import java.util.List;

import vn.health.contracts.plan.DueRule;

/** What a caller gives to create a draft plan ({@code POST /api/plans}). */
public record PlanDraft(String number, String title, Integer year, List<Requirement> requirements) {

	/** One reporting requirement as asked for: {@code dueDate} is read by {@code dueRule}. */
	public record Requirement(String title, LocalDate dueDate, DueRule dueRule, List<String> reporterUnitIds,
			String recipientUnitId) {

	}

}
