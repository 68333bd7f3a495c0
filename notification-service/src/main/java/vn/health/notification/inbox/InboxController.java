package vn.health.notification.inbox;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import vn.health.servicekit.web.InputErrors;

/**
 * {@code /api/notifications/inbox}: a unit's in-app notifications, read/unread marking, and
 * {@code /api/notifications/stream}, the live feed of new ones (Server-Sent Events).
 */
@RestController
class InboxController {

	private final Inbox inbox;

	private final InboxStream stream;

	InboxController(Inbox inbox, InboxStream stream) {
		this.inbox = inbox;
		this.stream = stream;
	}

	@GetMapping("/api/notifications/inbox")
	InboxPage inbox(@RequestParam(required = false) String unit, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		return this.inbox.page(InboxQuery.of(unit, page, size));
	}

	@PostMapping("/api/notifications/inbox/{id}/read")
	InboxPage.Item markRead(@PathVariable String id) {
		return this.inbox.markRead(id);
	}

	@PostMapping("/api/notifications/inbox/read-all")
	UnreadCount markAllRead(@RequestParam(required = false) String unit) {
		String of = requireUnit(unit);
		this.inbox.markAllRead(of);
		return new UnreadCount(of, this.inbox.unreadCount(of));
	}

	@GetMapping("/api/notifications/inbox/unread-count")
	UnreadCount unreadCount(@RequestParam(required = false) String unit) {
		String of = requireUnit(unit);
		return new UnreadCount(of, this.inbox.unreadCount(of));
	}

	@GetMapping(path = "/api/notifications/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	SseEmitter stream(@RequestParam(required = false) String unit) {
		return this.stream.open(requireUnit(unit));
	}

	private static String requireUnit(String unit) {
		new InputErrors().requireText(unit, "unit", "Cần chọn đơn vị (tham số unit)",
				"Parameter unit (the unit id) is required").throwIfAny();
		return unit.strip();
	}

	/** Số thông báo chưa đọc. */
	record UnreadCount(String unit, long unread) {

	}

}
