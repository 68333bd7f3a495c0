package vn.health.notification.webhook;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Đăng ký webhook — an outside system's subscription: where to post which public events, and the secret that signs
 * them. The secret is stored because every delivery is signed with it; it is shown to the subscriber only once.
 */
@Document("webhook_subscriptions")
public record WebhookSubscription(@Id String id, String url, @Indexed List<WebhookEventType> eventTypes,
		String secret, Instant createdAt) {

	public WebhookSubscription {
		eventTypes = List.copyOf(eventTypes);
	}

}
