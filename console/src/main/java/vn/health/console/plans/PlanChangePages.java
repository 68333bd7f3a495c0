package vn.health.console.plans;

import java.util.Map;

import vn.health.console.api.ApiProblem;
import vn.health.console.api.Plan;
import vn.health.console.api.PlanClient;
import vn.health.console.web.FormState;
import vn.health.servicekit.security.Caller;
import vn.health.servicekit.security.Role;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Changing a plan (Sở admins only): edit a draft in place, issue it, amend a plan in force (a new version, with the
 * reason) or revoke it (with the reason). A draft and an amendment are the same form as a new draft's
 * ({@link PlanForm}), filled in from the plan as stored and sent whole, as plan-service replaces the content. The
 * pages ask for confirmation first ({@code data-confirm}); the API's field problems come back next to the fields, with
 * what was typed kept.
 */
@Controller
@RequestMapping("/ke-hoach/{id}")
class PlanChangePages {

	private static final String DRAFT = "DRAFT";

	private static final String ISSUED = "ISSUED";

	private final PlanClient plans;

	private final JsonMapper json;

	PlanChangePages(PlanClient plans, JsonMapper json) {
		this.plans = plans;
		this.json = json;
	}

	/** A draft is edited; a plan in force is amended; any other plan is a record and only read. */
	@GetMapping("/sua")
	String form(Caller caller, @PathVariable String id, Model model) {
		caller.requireAny(Role.PROVINCE_ADMIN);
		JsonNode plan = this.plans.document(id);
		if (!changeable(plan)) {
			return "redirect:/ke-hoach/" + id;
		}
		return edit(plan, PlanForm.of(plan), model);
	}

	/** The "Thêm …" buttons post the form back with one more row, keeping what was typed, without sending. */
	@PostMapping("/sua")
	String save(Caller caller, @PathVariable String id, @RequestParam MultiValueMap<String, String> params,
			@RequestParam(name = "them", defaultValue = "") String addRow, Model model, RedirectAttributes redirect) {
		caller.requireAny(Role.PROVINCE_ADMIN);
		JsonNode plan = this.plans.document(id);
		PlanForm form = PlanForm.of(params, plan);
		if (PlanForm.ROWS.containsKey(addRow)) {
			return edit(plan, form.withRow(addRow), model);
		}
		boolean amending = ISSUED.equals(plan.path("status").asString());
		String reason = form.state().text("reason");
		if (amending && reason == null) {
			form.state().reject("reason", "Cần ghi lý do sửa đổi, ví dụ văn bản yêu cầu sửa đổi");
		}
		JsonNode draft = form.draft();
		if (!form.state().valid()) {
			return edit(plan, form, model);
		}
		try {
			Plan saved = amending ? this.plans.amend(id, reason, draft) : this.plans.editDraft(id, draft);
			redirect.addFlashAttribute("notice", amending
					? "Đã ban hành bản sửa đổi: kế hoạch " + saved.number() + " nay là phiên bản " + saved.version() + "."
					: saved.missing().isEmpty() ? "Đã lưu dự thảo."
							: "Đã lưu dự thảo. Còn " + saved.missing().size() + " điểm cần bổ sung trước khi ban hành.");
			return "redirect:/ke-hoach/" + id;
		}
		catch (ApiProblem problem) {
			if (problem.status() >= 500) {
				throw problem;
			}
			model.addAttribute("problem", problem);
			form.state().refusedBy(problem);
			return edit(plan, form, model);
		}
	}

	/**
	 * Refused (a deadline or recipient still missing, a number already taken, no unit to act), the plan's page says
	 * why, naming each missing point as plan-service does.
	 */
	@PostMapping("/ban-hanh")
	String issue(Caller caller, @PathVariable String id, RedirectAttributes redirect) {
		caller.requireAny(Role.PROVINCE_ADMIN);
		try {
			Plan issued = this.plans.issue(id);
			redirect.addFlashAttribute("notice", "Đã ban hành kế hoạch " + issued.number() + ".");
		}
		catch (ApiProblem problem) {
			if (problem.status() >= 500) {
				throw problem;
			}
			redirect.addFlashAttribute("problem", problem);
		}
		return "redirect:/ke-hoach/" + id;
	}

	@GetMapping("/thu-hoi")
	String revocation(Caller caller, @PathVariable String id, Model model) {
		caller.requireAny(Role.PROVINCE_ADMIN);
		return revocation(this.plans.plan(id), new FormState(Map.of()), model);
	}

	@PostMapping("/thu-hoi")
	String revoke(Caller caller, @PathVariable String id, @RequestParam(defaultValue = "") String reason, Model model,
			RedirectAttributes redirect) {
		caller.requireAny(Role.PROVINCE_ADMIN);
		FormState form = new FormState(Map.of("reason", reason));
		if (form.text("reason") == null) {
			return revocation(this.plans.plan(id),
					form.reject("reason", "Cần ghi lý do thu hồi để các đơn vị biết vì sao kế hoạch hết hiệu lực"), model);
		}
		try {
			Plan revoked = this.plans.revoke(id, form.text("reason"));
			redirect.addFlashAttribute("notice", "Đã thu hồi kế hoạch " + revoked.number() + ".");
			return "redirect:/ke-hoach/" + id;
		}
		catch (ApiProblem problem) {
			if (problem.status() >= 500) {
				throw problem;
			}
			model.addAttribute("problem", problem);
			return revocation(this.plans.plan(id), form.refusedBy(problem), model);
		}
	}

	private String edit(JsonNode plan, PlanForm form, Model model) {
		model.addAttribute("plan", this.json.treeToValue(plan, Plan.class));
		form.show(model);
		model.addAttribute("amending", ISSUED.equals(plan.path("status").asString()));
		return "ke-hoach/sua";
	}

	private static String revocation(Plan plan, FormState form, Model model) {
		model.addAttribute("plan", plan);
		model.addAttribute("form", form);
		return "ke-hoach/thu-hoi";
	}

	private static boolean changeable(JsonNode plan) {
		String status = plan.path("status").asString();
		return DRAFT.equals(status) || ISSUED.equals(status);
	}

}
