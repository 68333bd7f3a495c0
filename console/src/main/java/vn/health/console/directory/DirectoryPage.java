package vn.health.console.directory;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import vn.health.console.api.ApiProblem;
import vn.health.console.api.DirectoryClient;
import vn.health.console.api.Unit;
import vn.health.console.web.FormState;
import vn.health.console.web.Formats;
import vn.health.servicekit.security.Caller;
import vn.health.servicekit.security.Role;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Đơn vị: the unit directory as a tree with each unit's contacts, merged units with their successor; Sở admins
 * merge units into a successor from a day on (the 2025 reorganisation).
 */
@Controller
class DirectoryPage {

	private static final Comparator<Unit> BY_NAME = Comparator.comparing(Unit::name,
			Comparator.nullsLast(Comparator.naturalOrder()));

	private final DirectoryClient directory;

	private final Formats formats;

	DirectoryPage(DirectoryClient directory, Formats formats) {
		this.directory = directory;
		this.formats = formats;
	}

	@GetMapping("/don-vi")
	String tree(Model model) {
		return page(new FormState(Map.of()), List.of(), model);
	}

	/** Checked here: a successor is chosen and the day is a day; the rest (units, the day's fit) by plan-service. */
	@PostMapping("/don-vi/sap-nhap")
	String merge(Caller caller, @RequestParam(defaultValue = "") String successorId,
			@RequestParam(name = "mergedUnitIds", required = false) List<String> merged,
			@RequestParam(defaultValue = "") String effectiveFrom, @RequestParam(defaultValue = "") String reason,
			Model model, RedirectAttributes redirect) {
		caller.requireAny(Role.PROVINCE_ADMIN);
		List<String> mergedIds = (merged != null) ? merged : List.of();
		FormState form = new FormState(
				Map.of("successorId", successorId, "effectiveFrom", effectiveFrom, "reason", reason));
		if (form.text("successorId") == null) {
			form.reject("successorId", "Chọn đơn vị tiếp nhận (đơn vị sau sáp nhập)");
		}
		LocalDate from = day(form);
		if (!form.valid()) {
			return page(form, mergedIds, model);
		}
		try {
			Unit successor = this.directory.merge(form.text("successorId"), mergedIds, from, form.text("reason"));
			redirect.addFlashAttribute("notice", "Đã sáp nhập " + mergedIds.size() + " đơn vị vào " + successor.name()
					+ " từ ngày " + this.formats.date(from) + ".");
			return "redirect:/don-vi";
		}
		catch (ApiProblem problem) {
			if (problem.status() >= 500) {
				throw problem;
			}
			model.addAttribute("problem", problem);
			return page(form.refusedBy(problem), mergedIds, model);
		}
	}

	private String page(FormState form, List<String> merged, Model model) {
		List<Unit> active = this.directory.units().values().stream().filter(Unit::active).sorted(BY_NAME).toList();
		model.addAttribute("tree", UnitTree.of(this.directory.units().values()));
		model.addAttribute("count", this.directory.units().size());
		model.addAttribute("active", active);
		model.addAttribute("form", form);
		model.addAttribute("merged", merged);
		return "don-vi";
	}

	/** The merge's first day ({@code yyyy-MM-dd} from the date field); empty is left for the API to name. */
	private static LocalDate day(FormState form) {
		String text = form.text("effectiveFrom");
		try {
			return (text != null) ? LocalDate.parse(text) : null;
		}
		catch (DateTimeParseException notADay) {
			form.reject("effectiveFrom", "Ngày có hiệu lực không đúng dạng ngày/tháng/năm");
			return null;
		}
	}

}
