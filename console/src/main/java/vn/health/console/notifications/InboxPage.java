package vn.health.console.notifications;

import vn.health.console.api.NotificationClient;
import vn.health.servicekit.security.Caller;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Thông báo: the unit's inbox, newest first, each entry marked read on its own (htmx swaps just that entry) or all
 * at once. The page subscribes to the platform's stream ({@code /api/notifications/stream} through the gateway,
 * same origin) and shows what arrives at the top.
 */
@Controller
class InboxPage {

	private static final int PAGE_SIZE = 50;

	private final NotificationClient notifications;

	InboxPage(NotificationClient notifications) {
		this.notifications = notifications;
	}

	@GetMapping("/thong-bao")
	String inbox(Caller caller, Model model) {
		model.addAttribute("inbox", this.notifications.inbox(caller.unitId(), PAGE_SIZE));
		model.addAttribute("unitId", caller.unitId());
		return "thong-bao";
	}

	/** With htmx only the entry comes back, now read; without, the inbox again. */
	@PostMapping("/thong-bao/{id}/da-doc")
	String markRead(@PathVariable String id, @RequestHeader(name = "HX-Request", required = false) String htmx,
			Model model) {
		model.addAttribute("n", this.notifications.markRead(id));
		return (htmx != null) ? "thong-bao :: muc" : "redirect:/thong-bao";
	}

	@PostMapping("/thong-bao/da-doc-het")
	String markAllRead(Caller caller, RedirectAttributes redirect) {
		long unread = this.notifications.markAllRead(caller.unitId());
		redirect.addFlashAttribute("notice", (unread == 0) ? "Đã đánh dấu tất cả thông báo là đã đọc."
				: "Đã đánh dấu đã đọc; " + unread + " thông báo mới vừa đến chưa đọc.");
		return "redirect:/thong-bao";
	}

}
