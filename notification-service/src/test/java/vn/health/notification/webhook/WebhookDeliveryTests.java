package vn.health.notification.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.health.contracts.notification.NotificationDelivered;
import vn.health.contracts.notification.NotificationFailed;
import vn.health.servicekit.outbox.OutboxEvent;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookDeliveryTests {

	private static final Instant NOW = Instant.parse("2024-06-19T03:00:00Z");

	private static final RetrySchedule SCHEDULE = new RetrySchedule(Duration.ofMinutes(1), Duration.ofHours(4),
			Duration.ofHours(24));

	private static final WebhookSubscription OWNED_BY_SYT = new WebhookSubscription("s1", "https://hcdt.example",
			List.of(WebhookEventType.named("report.overdue").orElseThrow()), "whsec_x", NOW, "syt", "lgsp-bac-giang");

	@Test
	void aDeliveredWebhookRecordsOneDeliveredOutcomeForTheUnitThatOwnsTheSubscription() {
		WebhookDelivery delivered = pending().failed(503, "HTTP 503", NOW, SCHEDULE).delivered(200, NOW);

		assertThat(delivered.status()).isEqualTo(WebhookDeliveryStatus.DELIVERED);
		assertThat(delivered.pendingEvents()).extracting(OutboxEvent::payload)
			.containsExactly(new NotificationDelivered("e1|s1", "e1", "vn.health.report.overdue", "syt", "WEBHOOK", 2,
					NOW));
	}

	@Test
	void aFailureThatWillBeRetriedRecordsNoOutcome() {
		WebhookDelivery retried = pending().failed(500, "HTTP 500", NOW, SCHEDULE);

		assertThat(retried.status()).isEqualTo(WebhookDeliveryStatus.PENDING);
		assertThat(retried.pendingEvents()).isEmpty();
	}

	@Test
	void aDeliveryGivenUpAfterItsDayRecordsAFailedOutcome() {
		Instant dayLater = NOW.plus(Duration.ofHours(25));

		WebhookDelivery dead = pending().failed(503, "HTTP 503", dayLater, SCHEDULE);

		assertThat(dead.status()).isEqualTo(WebhookDeliveryStatus.FAILED);
		assertThat(dead.pendingEvents()).extracting(OutboxEvent::payload)
			.containsExactly(new NotificationFailed("e1|s1", "e1", "vn.health.report.overdue", "syt", "WEBHOOK", 1,
					"HTTP 503", dayLater));
	}

	@Test
	void aDeliveryOfADeletedSubscriptionFailsWithoutAnAttempt() {
		WebhookDelivery abandoned = pending().abandoned("Subscription deleted", NOW);

		assertThat(abandoned.pendingEvents()).extracting(OutboxEvent::payload)
			.containsExactly(new NotificationFailed("e1|s1", "e1", "vn.health.report.overdue", "syt", "WEBHOOK", 0,
					"Subscription deleted", NOW));
	}

	private static WebhookDelivery pending() {
		return WebhookDelivery.pending("e1", OWNED_BY_SYT, WebhookEventType.named("report.overdue").orElseThrow(),
				"{}", NOW);
	}

}
