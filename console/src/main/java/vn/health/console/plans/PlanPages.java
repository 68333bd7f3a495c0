package vn.health.console.plans;

import java.util.Set;

import vn.health.console.api.PlanClient;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Kế hoạch: search the plans, read one with its sections, assignments, reporting chain and versions. */
@Controller
@RequestMapping("/ke-hoach")
class PlanPages {

	private static final Set<String> STATUSES = Set.of("DRAFT", "ISSUED", "CLOSED", "REVOKED");

	private static final int PAGE_SIZE = 20;

	private final PlanClient plans;

	PlanPages(PlanClient plans) {
		this.plans = plans;
	}

	/** With htmx (typing in the search box, changing a filter) only the result table is sent back. */
	@GetMapping
	String list(@RequestParam(name = "q", required = false) String words,
			@RequestParam(name = "nam", required = false) Integer year,
			@RequestParam(name = "trang-thai", required = false) String status,
			@RequestParam(name = "trang", defaultValue = "0") int page,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		String query = (words == null || words.isBlank()) ? null : words.strip();
		String filter = (status != null && STATUSES.contains(status)) ? status : null;
		model.addAttribute("q", query);
		model.addAttribute("year", year);
		model.addAttribute("status", filter);
		model.addAttribute("plans", this.plans.search(query, year, filter, Math.max(page, 0), PAGE_SIZE));
		return (htmx != null) ? "ke-hoach/danh-sach :: bang" : "ke-hoach/danh-sach";
	}

	@GetMapping("/{id}")
	String detail(@PathVariable String id, Model model) {
		model.addAttribute("plan", this.plans.plan(id));
		model.addAttribute("versions", this.plans.versions(id));
		return "ke-hoach/chi-tiet";
	}

}
