package vn.health.console.dashboard;

import java.util.List;

import vn.health.console.api.Completeness;
import vn.health.console.api.NotificationClient;
import vn.health.console.api.Obligation;
import vn.health.console.api.PlanClient;
import vn.health.console.api.PlanSummary;
import vn.health.console.api.ReportingClient;
import vn.health.console.web.Formats;
import vn.health.servicekit.security.Caller;
import vn.health.servicekit.security.Role;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import tools.jackson.databind.json.JsonMapper;

/** Tổng quan: rates and overdue reports for the Sở and the CDC; what is owed next and unread notices for a unit. */
@Controller
class DashboardPage {

	private static final int NEXT = 5;

	private static final int MOST = 100;

	private static final int PLANS = 50;

	private final ReportingClient reporting;

	private final PlanClient plans;

	private final NotificationClient notifications;

	private final Formats formats;

	private final JsonMapper json;

	DashboardPage(ReportingClient reporting, PlanClient plans, NotificationClient notifications, Formats formats,
			JsonMapper json) {
		this.reporting = reporting;
		this.plans = plans;
		this.notifications = notifications;
		this.formats = formats;
		this.json = json;
	}

	@GetMapping("/tong-quan")
	String overview(Caller caller, @RequestParam(name = "ke-hoach", required = false) String planId, Model model) {
		if (caller.hasAny(Role.COORDINATOR, Role.PROVINCE_ADMIN) && !caller.unrestricted()) {
			ProvinceOverview province = province(caller, planId);
			model.addAttribute("province", province);
			model.addAttribute("chart", this.json.writeValueAsString(new Chart(province.chartLabels(),
					province.chartCompleteness(), province.chartTimeliness())));
		}
		else {
			model.addAttribute("unit", unit(caller));
		}
		return "tong-quan";
	}

	/** The chart's data, read by {@code js/dashboard.js} from a data attribute (no inline script under the CSP). */
	record Chart(List<String> labels, List<java.math.BigDecimal> completeness, List<java.math.BigDecimal> timeliness) {

	}

	private ProvinceOverview province(Caller caller, String planId) {
		List<PlanSummary> issued = this.plans.issued(PLANS).items();
		PlanSummary plan = issued.stream()
			.filter((p) -> p.id().equals(planId))
			.findFirst()
			.orElse(issued.isEmpty() ? null : issued.getFirst());
		Completeness rates = (plan != null) ? this.reporting.completeness(plan.id()) : null;
		List<Obligation> overdue = this.reporting.obligations(null, "OVERDUE", 0, MOST)
			.items()
			.stream()
			.filter((o) -> caller.has(Role.PROVINCE_ADMIN) || caller.unitId().equals(o.recipientUnitId()))
			.toList();
		return ProvinceOverview.of(issued, plan, rates, overdue, this.formats.now());
	}

	private UnitOverview unit(Caller caller) {
		String unit = caller.unitId();
		return new UnitOverview(this.reporting.obligations(unit, "OPEN", 0, NEXT).items(),
				this.reporting.obligations(unit, "OVERDUE", 0, MOST).items(),
				this.reporting.obligations(unit, "RETURNED", 0, MOST).items(),
				this.notifications.inbox(unit, MOST).items().stream().filter((n) -> !n.read()).toList());
	}

}
