package vn.health.notification.webhook;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Đăng ký webhook — an outside system's subscription: where to post which public events, and the secret that signs
 * them. The secret is stored because every delivery is signed with it; it is shown to the subscriber only once.
 *
 * @param unitId the unit that owns it: the unit in the creator's token (for a machine client, the unit it acts for);
 *        its delivery outcomes on {@code notifications.v1} name this unit
 * @param createdBy the subject of the creator's token; a machine client sees and manages only its own
 */
@Document("webhook_subscriptions")
public record WebhookSubscription(@Id String id, String url, @Indexed List<WebhookEventType> eventTypes,
		String secret, Instant createdAt, String unitId, @Indexed String createdBy) {

	public WebhookSubscription {
		eventTypes = List.copyOf(eventTypes);
	}

}
