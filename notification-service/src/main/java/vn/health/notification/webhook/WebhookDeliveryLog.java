package vn.health.notification.webhook;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.repository.Repository;

/** Nhật ký gửi webhook. Filtered listing is in {@link WebhookDeliveryQuery}. */
interface WebhookDeliveryLog extends Repository<WebhookDelivery, String> {

	WebhookDelivery save(WebhookDelivery delivery);

	Optional<WebhookDelivery> findById(String id);

	/** Due deliveries, oldest due first; served by the {@code (status, nextAttemptAt)} index. */
	List<WebhookDelivery> findByStatusAndNextAttemptAtLessThanEqualOrderByNextAttemptAtAsc(
			WebhookDeliveryStatus status, Instant now, Limit limit);

}
