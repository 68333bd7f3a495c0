package vn.health.notification.inbox;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/notifications/inbox?unit=&page=&size=}: a unit's in-app notifications. */
@RestController
class InboxController {

	private final Inbox inbox;

	InboxController(Inbox inbox) {
		this.inbox = inbox;
	}

	@GetMapping("/api/notifications/inbox")
	InboxPage inbox(@RequestParam(required = false) String unit, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		return this.inbox.page(InboxQuery.of(unit, page, size));
	}

}
