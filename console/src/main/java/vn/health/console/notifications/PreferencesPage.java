package vn.health.console.notifications;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.health.console.api.ApiProblem;
import vn.health.console.api.NotificationClient;
import vn.health.console.api.NotificationPreferences;
import vn.health.console.web.FormState;
import vn.health.servicekit.security.Caller;
import vn.health.servicekit.security.Role;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Tùy chọn nhận thông báo of the user's unit: which channels (in-app, e-mail, SMS, Zalo), which notices each
 * channel carries ({@link ChannelNotices}), the unit's own addresses for them and the morning digest. notification-service checks the addresses; its problems show next to the fields.
 * A read-only user sees the choices but cannot change them.
 */
@Controller
class PreferencesPage {

	/** In the order the page lists them, with their Vietnamese names. */
	static final Map<String, String> CHANNELS = channels();

	private static final Role[] CHANGERS = { Role.PROVINCE_ADMIN, Role.COORDINATOR, Role.UNIT_OFFICER };

	private final NotificationClient notifications;

	PreferencesPage(NotificationClient notifications) {
		this.notifications = notifications;
	}

	@GetMapping("/thong-bao/tuy-chon")
	String preferences(Caller caller, Model model) {
		NotificationPreferences current = this.notifications.preferences(caller.unitId());
		Map<String, String> values = new LinkedHashMap<>();
		values.put("email", orEmpty(current.email()));
		values.put("phone", orEmpty(current.phone()));
		values.put("zaloPhone", orEmpty(current.zaloPhone()));
		ChannelNotices.fill(current.eventTypes(), values);
		return page(caller, new FormState(values), current.channels(), current.digest(), model);
	}

	@PostMapping("/thong-bao/tuy-chon")
	String choose(Caller caller, @RequestParam(name = "channels", required = false) List<String> channels,
			@RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "") String phone,
			@RequestParam(defaultValue = "") String zaloPhone, @RequestParam(defaultValue = "false") boolean digest,
			@RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes redirect) {
		caller.requireAny(CHANGERS);
		List<String> chosen = (channels != null) ? channels : List.of();
		Map<String, String> values = new LinkedHashMap<>(Map.of("email", email, "phone", phone, "zaloPhone", zaloPhone));
		ChannelNotices.fill(params, values);
		FormState form = new FormState(values);
		Map<String, List<String>> eventTypes = ChannelNotices.chosen(chosen, form);
		if (!form.valid()) {
			return page(caller, form, chosen, digest, model);
		}
		try {
			this.notifications.choose(caller.unitId(), chosen, form.text("email"), form.text("phone"),
					form.text("zaloPhone"), digest, eventTypes);
		}
		catch (ApiProblem problem) {
			if (problem.status() >= 500) {
				throw problem;
			}
			model.addAttribute("problem", problem);
			return page(caller, form.refusedBy(problem), chosen, digest, model);
		}
		redirect.addFlashAttribute("notice", "Đã lưu tùy chọn nhận thông báo của đơn vị.");
		return "redirect:/thong-bao/tuy-chon";
	}

	private static String page(Caller caller, FormState form, List<String> chosen, boolean digest, Model model) {
		model.addAttribute("canChange", caller.hasAny(CHANGERS));
		model.addAttribute("form", form);
		model.addAttribute("channels", CHANNELS);
		model.addAttribute("noticeTypes", ChannelNotices.TYPES);
		model.addAttribute("chosen", chosen);
		model.addAttribute("digest", digest);
		return "thong-bao/tuy-chon";
	}

	private static String orEmpty(String value) {
		return (value != null) ? value : "";
	}

	private static Map<String, String> channels() {
		Map<String, String> names = new LinkedHashMap<>();
		names.put("INBOX", "Hộp thư trên hệ thống");
		names.put("EMAIL", "Thư điện tử (e-mail)");
		names.put("SMS", "Tin nhắn SMS");
		names.put("ZALO", "Tin nhắn Zalo");
		return names;
	}

}
