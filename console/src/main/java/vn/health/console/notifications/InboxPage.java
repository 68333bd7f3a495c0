package vn.health.console.notifications;

import vn.health.console.api.NotificationClient;
import vn.health.servicekit.security.Caller;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Thông báo: the unit's inbox, newest first. The page subscribes to the platform's stream
 * ({@code /api/notifications/stream} through the gateway, same origin) and shows what arrives at the top.
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

}
