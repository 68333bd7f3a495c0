package vn.health.console.plans;

import java.io.IOException;

import vn.health.console.api.ApiProblem;
import vn.health.console.api.Plan;
import vn.health.console.api.PlanClient;
import vn.health.console.api.PlanImport;
import vn.health.servicekit.security.Caller;
import vn.health.servicekit.security.Role;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Nhập kế hoạch (Sở admins): upload a document, read the extracted fields next to the findings and the source
 * lines they point at, save it as a draft, which is then edited and issued from its page ({@link PlanChangePages}).
 */
@Controller
class PlanImportPages {

	private final PlanClient plans;

	private final JsonMapper json;

	PlanImportPages(PlanClient plans, JsonMapper json) {
		this.plans = plans;
		this.json = json;
	}

	@GetMapping("/ke-hoach/nhap")
	String form(Caller caller) {
		caller.requireAny(Role.PROVINCE_ADMIN);
		return "ke-hoach/nhap";
	}

	@PostMapping("/ke-hoach/nhap")
	String read(Caller caller, @RequestParam(name = "file", required = false) MultipartFile file, Model model)
			throws IOException {
		caller.requireAny(Role.PROVINCE_ADMIN);
		if (file == null || file.isEmpty()) {
			model.addAttribute("fileError", "Hãy chọn tệp kế hoạch (.docx, .pdf, .html hoặc .txt)");
			return "ke-hoach/nhap";
		}
		try {
			return review(this.plans.importDocument(file.getOriginalFilename(), file.getBytes()), model);
		}
		catch (ApiProblem problem) {
			if (problem.status() >= 500) {
				throw problem;
			}
			model.addAttribute("problem", problem);
			return "ke-hoach/nhap";
		}
	}

	/**
	 * Saves the draft exactly as read: plan-service keeps it even without the deadlines a document did not give, and
	 * says what is missing. Then the draft's form, to complete it, or its page when there is nothing to complete.
	 * Refused (a malformed value, an unknown unit), the review page stays with the API's problems.
	 */
	@PostMapping("/ke-hoach/nhap/luu")
	String save(Caller caller, @RequestParam String draft, @RequestParam String result, Model model,
			RedirectAttributes redirect) {
		caller.requireAny(Role.PROVINCE_ADMIN);
		try {
			Plan saved = this.plans.createDraft(this.json.readTree(draft));
			if (saved.missing().isEmpty()) {
				redirect.addFlashAttribute("notice", "Đã lưu dự thảo. Kiểm tra lại rồi bấm “Ban hành”.");
				return "redirect:/ke-hoach/" + saved.id();
			}
			redirect.addFlashAttribute("notice", "Đã lưu dự thảo. Trước khi ban hành cần bổ sung "
					+ saved.missing().size() + " điểm (danh sách bên dưới); xong thì bấm “Lưu dự thảo”, rồi “Ban hành”.");
			return "redirect:/ke-hoach/" + saved.id() + "/sua";
		}
		catch (ApiProblem problem) {
			if (problem.status() >= 500) {
				throw problem;
			}
			model.addAttribute("problem", problem);
			return review(this.json.readValue(result, PlanImport.class), model);
		}
	}

	private String review(PlanImport result, Model model) {
		JsonNode draft = result.draft();
		model.addAttribute("result", result);
		model.addAttribute("draftJson", this.json.writeValueAsString(draft));
		model.addAttribute("resultJson", this.json.writeValueAsString(result));
		return "ke-hoach/nhap";
	}

}
