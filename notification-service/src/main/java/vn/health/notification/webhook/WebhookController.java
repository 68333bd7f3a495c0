package vn.health.notification.webhook;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import vn.health.servicekit.security.Caller;
import vn.health.servicekit.web.PageView;

/**
 * {@code /api/webhooks}: subscriptions, the delivery log and manual redelivery, for the province's administrators and
 * machine clients ({@link Webhooks} says which).
 */
@RestController
@RequestMapping("/api/webhooks")
class WebhookController {

	private final Webhooks webhooks;

	WebhookController(Webhooks webhooks) {
		this.webhooks = webhooks;
	}

	@PostMapping
	ResponseEntity<WebhookView> subscribe(Caller caller, @RequestBody WebhookRequest request) {
		WebhookView created = this.webhooks.subscribe(caller, request);
		return ResponseEntity.created(URI.create("/api/webhooks/" + created.id())).body(created);
	}

	@GetMapping
	PageView<WebhookView> subscriptions(Caller caller, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		return this.webhooks.subscriptions(caller, page, size);
	}

	@GetMapping("/{id}")
	WebhookView subscription(Caller caller, @PathVariable String id) {
		return this.webhooks.subscription(caller, id);
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void unsubscribe(Caller caller, @PathVariable String id) {
		this.webhooks.unsubscribe(caller, id);
	}

	@GetMapping("/deliveries")
	PageView<WebhookDeliveryView> deliveries(Caller caller, @RequestParam(required = false) String subscription,
			@RequestParam(required = false) String status, @RequestParam(required = false) String eventType,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		return this.webhooks
			.deliveries(caller, WebhookDeliveryQuery.of(subscription, status, eventType, from, to, page, size));
	}

	@GetMapping("/deliveries/{id}")
	WebhookDeliveryView delivery(Caller caller, @PathVariable String id) {
		return this.webhooks.delivery(caller, id);
	}

	@PostMapping("/deliveries/{id}/redeliver")
	WebhookDeliveryView redeliver(Caller caller, @PathVariable String id) {
		return this.webhooks.redeliver(caller, id);
	}

}
