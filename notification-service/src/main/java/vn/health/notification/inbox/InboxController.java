package vn.health.notification.inbox;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import vn.health.notification.access.UnitAccess;
import vn.health.servicekit.security.Caller;
import vn.health.servicekit.web.InputErrors;

/**
 * {@code /api/notifications/inbox}: a unit's in-app notifications, read/unread marking, and
 * {@code /api/notifications/stream}, the live feed of new ones (Server-Sent Events). The unit's own staff and the
 * units above it read; only its own staff mark entries read ({@link UnitAccess}).
 */
@RestController
class InboxController {

	private final Inbox inbox;

	private final InboxStream stream;

	private final UnitAccess access;

	InboxController(Inbox inbox, InboxStream stream, UnitAccess access) {
		this.inbox = inbox;
		this.stream = stream;
		this.access = access;
	}

	@GetMapping("/api/notifications/inbox")
	InboxPage inbox(Caller caller, @RequestParam(required = false) String unit,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		InboxQuery query = InboxQuery.of(unit, page, size);
		this.access.checkRead(caller, query.unit());
		return this.inbox.page(query);
	}

	@PostMapping("/api/notifications/inbox/{id}/read")
	InboxPage.Item markRead(Caller caller, @PathVariable String id) {
		this.access.checkOwn(caller, this.inbox.unitOf(id));
		return this.inbox.markRead(id);
	}

	@PostMapping("/api/notifications/inbox/read-all")
	UnreadCount markAllRead(Caller caller, @RequestParam(required = false) String unit) {
		String of = requireUnit(unit);
		this.access.checkOwn(caller, of);
		this.inbox.markAllRead(of);
		return new UnreadCount(of, this.inbox.unreadCount(of));
	}

	@GetMapping("/api/notifications/inbox/unread-count")
	UnreadCount unreadCount(Caller caller, @RequestParam(required = false) String unit) {
		String of = requireUnit(unit);
		this.access.checkRead(caller, of);
		return new UnreadCount(of, this.inbox.unreadCount(of));
	}

	@GetMapping(path = "/api/notifications/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	SseEmitter stream(Caller caller, @RequestParam(required = false) String unit) {
		String of = requireUnit(unit);
		// Checked once, when the stream opens: the gateway relays the console session's token as a bearer header
		// (EventSource cannot set one itself), and an open stream outlives that token by design.
		this.access.checkRead(caller, of);
		return this.stream.open(of);
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
