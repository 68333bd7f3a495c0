package vn.health.calendar.plan;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import vn.health.calendar.expression.DateExpression;
import vn.health.calendar.expression.UnreadableExpressionException;
import vn.health.contracts.plan.Theme;

/**
 * Chủ đề của kế hoạch — a theme a plan lists. A timing the parser cannot read is kept, flagged with the parser's
 * message, rather than refusing the whole plan: the plan is in force whatever its appendix says.
 *
 * @param themeId derived from plan, name and timing, so an amendment that reorders themes keeps their ids
 * @param problem why the timing cannot be read, {@code null} when {@code readable}
 */
public record PlanTheme(String themeId, String name, String timing, boolean readable, String problem) {

	static PlanTheme read(String planId, Theme theme) {
		String key = theme.name() + "|" + theme.timing();
		String themeId = "plan-" + planId + "-"
				+ UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString().substring(0, 8);
		try {
			DateExpression.parse(theme.timing());
			return new PlanTheme(themeId, theme.name(), theme.timing(), true, null);
		}
		catch (UnreadableExpressionException ex) {
			return new PlanTheme(themeId, theme.name(), theme.timing(), false, ex.getMessage());
		}
	}

}
