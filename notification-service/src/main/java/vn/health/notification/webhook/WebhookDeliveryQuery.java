package vn.health.notification.webhook;

import java.util.Arrays;
import java.util.Locale;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import vn.health.notification.delivery.TimeRange;
import vn.health.servicekit.web.InputErrors;
import vn.health.servicekit.web.Paging;

/**
 * {@code GET /api/webhooks/deliveries?subscription=&status=&eventType=&from=&to=&page=&size=}: every filter
 * optional, newest first; {@code from}/{@code to} bound the creation time.
 */
record WebhookDeliveryQuery(String subscription, WebhookDeliveryStatus status, WebhookEventType eventType,
		TimeRange created, PageRequest page) {

	static WebhookDeliveryQuery of(String subscription, String status, String eventType, String from, String to,
			int page, int size) {
		WebhookDeliveryStatus parsedStatus = parseStatus(status);
		WebhookEventType parsedType = (eventType != null) ? WebhookEventType.named(eventType.strip()).orElse(null)
				: null;
		InputErrors errors = new InputErrors()
			.check(status == null || parsedStatus != null, "status",
					"Trạng thái không hợp lệ (PENDING, DELIVERED, FAILED)",
					"status must be one of PENDING, DELIVERED, FAILED")
			.check(eventType == null || parsedType != null, "eventType",
					"Loại sự kiện không có trong danh mục: " + WebhookEventType.catalogue(),
					"eventType is not in the catalogue: " + WebhookEventType.catalogue());
		TimeRange created = TimeRange.parse(from, to, errors);
		errors.throwIfAny();
		return new WebhookDeliveryQuery(subscription, parsedStatus, parsedType, created,
				Paging.of(page, size, Sort.by(Sort.Direction.DESC, "createdAt")));
	}

	Query toQuery() {
		Criteria criteria = new Criteria();
		if (this.subscription != null) {
			criteria = criteria.and("subscriptionId").is(this.subscription);
		}
		if (this.status != null) {
			criteria = criteria.and("status").is(this.status);
		}
		if (this.eventType != null) {
			criteria = criteria.and("eventType").is(this.eventType);
		}
		return new Query(this.created.applyTo(criteria, "createdAt"));
	}

	private static WebhookDeliveryStatus parseStatus(String status) {
		return Arrays.stream(WebhookDeliveryStatus.values())
			.filter((candidate) -> status != null && candidate.name().equals(status.strip().toUpperCase(Locale.ROOT)))
			.findFirst()
			.orElse(null);
	}

}
