package vn.health.notification.webhook;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A subscription as shown to its owner; {@code unitId} is the unit that owns it. {@code secret} is set only in the
 * answer to {@code POST /api/webhooks}: it is not shown again.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record WebhookView(String id, String url, List<WebhookEventType> eventTypes, Instant createdAt, String unitId,
		String secret) {

	static WebhookView of(WebhookSubscription subscription) {
		return new WebhookView(subscription.id(), subscription.url(), subscription.eventTypes(),
				subscription.createdAt(), subscription.unitId(), null);
	}

	static WebhookView created(WebhookSubscription subscription) {
		return new WebhookView(subscription.id(), subscription.url(), subscription.eventTypes(),
				subscription.createdAt(), subscription.unitId(), subscription.secret());
	}

}
