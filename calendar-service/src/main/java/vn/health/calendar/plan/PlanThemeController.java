package vn.health.calendar.plan;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import vn.health.servicekit.web.NotFoundException;

@RestController
class PlanThemeController {

	private final PlanCalendars plans;

	PlanThemeController(PlanCalendars plans) {
		this.plans = plans;
	}

	/** What the calendar made of a plan's themes, so an author sees which timings it could not read and why. */
	@GetMapping("/api/calendar/plans/{planId}/themes")
	PlanThemes themes(@PathVariable String planId) {
		PlanCalendar plan = this.plans.find(planId)
			.orElseThrow(() -> new NotFoundException("Lịch chưa nhận kế hoạch " + planId,
					"No plan " + planId + " has reached the calendar"));
		return new PlanThemes(plan.planId(), plan.version(), plan.number(), plan.revoked(), plan.themes());
	}

	record PlanThemes(String planId, int version, String number, boolean revoked, List<PlanTheme> themes) {

	}

}
