package vn.health.console.plans;

import vn.health.console.api.ApiProblem;
import vn.health.console.api.Plan;
import vn.health.console.api.PlanClient;
import vn.health.servicekit.security.Caller;
import vn.health.servicekit.security.Role;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/**
 * Tạo kế hoạch mới (Sở admins): a draft typed in by hand, issued by the admin's unit, sent to plan-service's
 * {@code POST /api/plans}; then edited and issued from its page like an imported one ({@link PlanChangePages}).
 * The "Thêm …" buttons post the form back with one more row, keeping what was typed, without sending.
 */
@Controller
@RequestMapping("/ke-hoach/moi")
class NewPlanPages {

	private final PlanClient plans;

	NewPlanPages(PlanClient plans) {
		this.plans = plans;
	}

	@GetMapping
	String form(Caller caller, Model model) {
		caller.requireAny(Role.PROVINCE_ADMIN);
		return page(PlanForm.blank(), model);
	}

	@PostMapping
	String create(Caller caller, @RequestParam MultiValueMap<String, String> params,
			@RequestParam(name = "them", defaultValue = "") String addRow, Model model, RedirectAttributes redirect) {
		caller.requireAny(Role.PROVINCE_ADMIN);
		PlanForm form = PlanForm.of(params, MissingNode.getInstance());
		if (PlanForm.ROWS.containsKey(addRow)) {
			return page(form.withRow(addRow), model);
		}
		JsonNode draft = form.draft().put("issuerUnitId", caller.unitId());
		if (!form.state().valid()) {
			return page(form, model);
		}
		try {
			Plan saved = this.plans.createDraft(draft);
			redirect.addFlashAttribute("notice", "Đã tạo dự thảo. Kiểm tra lại rồi bấm “Ban hành”.");
			return "redirect:/ke-hoach/" + saved.id();
		}
		catch (ApiProblem problem) {
			if (problem.status() >= 500) {
				throw problem;
			}
			model.addAttribute("problem", problem);
			form.state().refusedBy(problem);
			return page(form, model);
		}
	}

	private static String page(PlanForm form, Model model) {
		form.show(model);
		return "ke-hoach/moi";
	}

}
