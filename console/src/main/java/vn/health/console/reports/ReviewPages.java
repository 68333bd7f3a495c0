package vn.health.console.reports;

import java.util.List;

import vn.health.console.api.ApiProblem;
import vn.health.console.api.Obligation;
import vn.health.console.api.ReportingClient;
import vn.health.servicekit.security.Caller;
import vn.health.servicekit.security.Role;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Tiếp nhận báo cáo: the recipient's queue, accept or return with a reason, the consolidation and its export. */
@Controller
@RequestMapping("/tiep-nhan")
class ReviewPages {

	/** The API's largest page; the queue shows what waits, oldest deadline first. */
	private static final int QUEUE_SIZE = 100;

	private final ReportingClient reporting;

	ReviewPages(ReportingClient reporting) {
		this.reporting = reporting;
	}

	/** Submitted reports addressed to the user's unit (an admin sees every recipient's). */
	@GetMapping
	String queue(Caller caller, Model model) {
		caller.requireAny(Role.COORDINATOR, Role.PROVINCE_ADMIN);
		List<Obligation> waiting = this.reporting.obligations(null, "SUBMITTED", 0, QUEUE_SIZE)
			.items()
			.stream()
			.filter((o) -> caller.has(Role.PROVINCE_ADMIN) || caller.unitId().equals(o.recipientUnitId()))
			.toList();
		model.addAttribute("waiting", waiting);
		return "tiep-nhan/hang-doi";
	}

	@GetMapping("/{id}")
	String detail(@PathVariable String id, Model model) {
		return review(this.reporting.obligation(id), "", model);
	}

	/** ACCEPT, or RETURN with a reason the reporter reads; a return without one is refused here already. */
	@PostMapping("/{id}/duyet")
	String decide(Caller caller, @PathVariable String id, @RequestParam String decision,
			@RequestParam(defaultValue = "") String reason, Model model, RedirectAttributes redirect) {
		String choice = "RETURN".equals(decision) ? "RETURN" : "ACCEPT";
		if ("RETURN".equals(choice) && reason.isBlank()) {
			model.addAttribute("reasonError", "Cần ghi lý do trả lại để đơn vị biết phải sửa gì");
			return review(this.reporting.obligation(id), reason, model);
		}
		Obligation decided;
		try {
			decided = this.reporting.review(id, caller.unitId(), choice, reason.trim());
		}
		catch (ApiProblem problem) {
			if (problem.status() >= 500) {
				throw problem;
			}
			model.addAttribute("problem", problem);
			model.addAttribute("reasonError", problem.messageFor("reason"));
			return review(this.reporting.obligation(id), reason, model);
		}
		redirect.addFlashAttribute("notice", ("RETURN".equals(choice) ? "Đã trả lại báo cáo “" : "Đã duyệt báo cáo “")
				+ decided.requirementTitle() + "”.");
		return "redirect:/tiep-nhan";
	}

	/** What the recipient has received for one requirement, with the units still missing. */
	@GetMapping("/tong-hop")
	String consolidation(@RequestParam("ke-hoach") String plan, @RequestParam("yeu-cau") String requirement,
			Model model) {
		model.addAttribute("c", this.reporting.consolidation(plan, requirement));
		return "tiep-nhan/tong-hop";
	}

	@GetMapping("/tong-hop.xlsx")
	ResponseEntity<byte[]> workbook(@RequestParam("ke-hoach") String plan,
			@RequestParam("yeu-cau") String requirement) {
		byte[] workbook = this.reporting.consolidationWorkbook(plan, requirement);
		return ResponseEntity.ok()
			.contentType(ReportingClient.XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("bao-cao-tong-hop-" + plan + ".xlsx").build().toString())
			.body(workbook);
	}

	private static String review(Obligation obligation, String reason, Model model) {
		model.addAttribute("o", obligation);
		model.addAttribute("reason", reason);
		return "tiep-nhan/chi-tiet";
	}

}
