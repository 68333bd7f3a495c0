package vn.health.console.dashboard;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import vn.health.console.api.Completeness;
import vn.health.console.api.NotificationClient;
import vn.health.console.api.Obligation;
import vn.health.console.api.Plan;
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

/**
 * Tổng quan: rates and overdue reports for the Sở and for recipients such as the CDC; what is owed next and unread
 * notices for a unit. Each part is read on its own ({@link Part}), so a refusal or an outage leaves a note there.
 */
@Controller
class DashboardPage {

	private static final int NEXT = 5;

	private static final int MOST = 100;

	private static final int PLANS = 50;

	private static final String RATES = "tỷ lệ báo cáo";

	private static final String OBLIGATIONS = "danh sách báo cáo";

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
			if (province.rates() != null && province.rates().total() != null) {
				model.addAttribute("chart", this.json.writeValueAsString(province.rates().chart()));
				model.addAttribute("districtChart", this.json.writeValueAsString(province.rates().districtChart()));
			}
		}
		else {
			model.addAttribute("unit", unit(caller));
		}
		return "tong-quan";
	}

	private ProvinceOverview province(Caller caller, String planId) {
		Part<List<PlanSummary>> issued = Part.read("danh sách kế hoạch", () -> this.plans.issued(PLANS).items());
		List<PlanSummary> choices = issued.failed() ? List.of() : issued.value();
		PlanSummary plan = choices.stream()
			.filter((p) -> p.id().equals(planId))
			.findFirst()
			.orElse(choices.isEmpty() ? null : choices.getFirst());
		RateTable rates = (plan != null) ? rates(caller, plan) : null;
		Part<List<Obligation>> overdue = Part.read("báo cáo quá hạn", () -> this.reporting
			.obligations(null, "OVERDUE", 0, MOST)
			.items()
			.stream()
			.filter((o) -> caller.has(Role.PROVINCE_ADMIN) || caller.unitId().equals(o.recipientUnitId()))
			.toList());
		return ProvinceOverview.of(issued, plan, rates, overdue, this.formats.now());
	}

	/**
	 * The whole plan for the Sở, who may read it (reporting-service lets only PROVINCE_ADMIN and VIEWER); for anyone
	 * else the reports the plan sends to the user's unit, one read each, as reporting-service lets a recipient read
	 * the rates of the reports sent to it.
	 */
	private RateTable rates(Caller caller, PlanSummary plan) {
		if (caller.hasAny(Role.PROVINCE_ADMIN, Role.VIEWER)) {
			return RateTable.wholePlan(Part.read(RATES, () -> this.reporting.completeness(plan.id())));
		}
		Part<Plan> content = Part.read("nội dung kế hoạch", () -> this.plans.plan(plan.id()));
		if (content.failed()) {
			return RateTable.unreadable(content.note());
		}
		return RateTable.received(content.value()
			.timeline()
			.stream()
			.filter((requirement) -> caller.unitId().equals(requirement.recipientUnitId()))
			.map((requirement) -> row(plan, requirement))
			.toList());
	}

	private RateTable.Row row(PlanSummary plan, Plan.Requirement requirement) {
		String due = (requirement.dueDate() != null)
				? requirement.dueWording() + " " + this.formats.date(requirement.dueDate()) : null;
		String detail = Stream.of(requirement.period(), due)
			.filter((part) -> part != null && !part.isBlank())
			.collect(Collectors.joining(" · "));
		Part<Completeness> rates = Part.read(RATES,
				() -> this.reporting.completeness(plan.id(), requirement.requirementId()));
		return new RateTable.Row(requirement.title(), detail, rates.failed() ? null : rates.value().overall(),
				rates.note());
	}

	private UnitOverview unit(Caller caller) {
		String unit = caller.unitId();
		return new UnitOverview(Part.read(OBLIGATIONS, () -> this.reporting.obligations(unit, "OPEN", 0, NEXT).items()),
				Part.read(OBLIGATIONS, () -> this.reporting.obligations(unit, "OVERDUE", 0, MOST).items()),
				Part.read(OBLIGATIONS, () -> this.reporting.obligations(unit, "RETURNED", 0, MOST).items()),
				Part.read("hộp thư thông báo", () -> this.notifications.inbox(unit, MOST)
					.items()
					.stream()
					.filter((n) -> !n.read())
					.toList()));
	}

}
