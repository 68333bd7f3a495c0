package vn.health.console.reports;

import java.util.Set;

import vn.health.console.api.ApiProblem;
import vn.health.console.api.Obligation;
import vn.health.console.api.ReportingClient;
import vn.health.servicekit.security.Caller;
import vn.health.servicekit.security.Role;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Báo cáo của đơn vị: what the user's unit owes, the submit form and the history of returns. */
@Controller
@RequestMapping("/bao-cao")
class ObligationPages {

	static final Set<String> STATUSES = Set.of("OPEN", "OVERDUE", "SUBMITTED", "RETURNED", "ACCEPTED", "CANCELLED");

	private static final int PAGE_SIZE = 50;

	private final ReportingClient reporting;

	ObligationPages(ReportingClient reporting) {
		this.reporting = reporting;
	}

	/** The unit's obligations by deadline; with htmx only the table is sent back when a filter changes. */
	@GetMapping
	String list(Caller caller, @RequestParam(name = "trang-thai", required = false) String status,
			@RequestParam(name = "trang", defaultValue = "0") int page,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		String filter = (status != null && STATUSES.contains(status)) ? status : null;
		model.addAttribute("status", filter);
		model.addAttribute("obligations",
				this.reporting.obligations(caller.unitId(), filter, Math.max(page, 0), PAGE_SIZE));
		return (htmx != null) ? "bao-cao/danh-sach :: bang" : "bao-cao/danh-sach";
	}

	@GetMapping("/{id}")
	String detail(Caller caller, @PathVariable String id, Model model) {
		return form(caller, this.reporting.obligation(id), SubmissionForm.blank(), model);
	}

	/**
	 * Sends the form as the user's unit. The console checks what it can first (nothing is sent then); what the
	 * API refuses comes back on the same form, in Vietnamese, with what the user typed.
	 */
	@PostMapping("/{id}/nop")
	String submit(Caller caller, @PathVariable String id, @RequestParam MultiValueMap<String, String> fields,
			Model model, RedirectAttributes redirect) {
		Obligation obligation = this.reporting.obligation(id);
		SubmissionForm form = SubmissionForm.read(fields);
		if (!form.check(obligation)) {
			return form(caller, obligation, form, model);
		}
		try {
			this.reporting.submit(id, caller.unitId(), form.key(), form.narrative(), form.indicators());
		}
		catch (ApiProblem problem) {
			if (problem.status() >= 500) {
				throw problem;
			}
			form.refusedBy(problem);
			model.addAttribute("problem", problem);
			return form(caller, obligation, form, model);
		}
		redirect.addFlashAttribute("notice", "Đã nộp báo cáo “" + obligation.requirementTitle() + "”.");
		return "redirect:/bao-cao/" + id;
	}

	private static String form(Caller caller, Obligation obligation, SubmissionForm form, Model model) {
		model.addAttribute("o", obligation);
		model.addAttribute("form", form);
		model.addAttribute("canSubmit", obligation.submittable() && caller.has(Role.UNIT_OFFICER)
				&& (caller.unrestricted() || obligation.unitId().equals(caller.unitId())));
		return "bao-cao/chi-tiet";
	}

}
