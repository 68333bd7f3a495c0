package vn.health.notification.delivery;

import java.util.Arrays;
import java.util.Locale;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import vn.health.servicekit.web.InputErrors;
import vn.health.servicekit.web.Paging;

/**
 * {@code GET /api/notifications/deliveries?unit=&channel=&status=&from=&to=&page=&size=}: every filter optional,
 * newest first; {@code from}/{@code to} bound the creation time (see {@link TimeRange}).
 */
record DeliveryQuery(String unit, Channel channel, DeliveryStatus status, TimeRange created, PageRequest page) {

	static DeliveryQuery of(String unit, String channel, String status, String from, String to, int page, int size) {
		Channel parsedChannel = parse(Channel.values(), channel);
		DeliveryStatus parsedStatus = parse(DeliveryStatus.values(), status);
		InputErrors errors = new InputErrors()
			.check(channel == null || parsedChannel != null, "channel", "Kênh không hợp lệ (INBOX, EMAIL, SMS, ZALO)",
					"channel must be one of INBOX, EMAIL, SMS, ZALO")
			.check(status == null || parsedStatus != null, "status",
					"Trạng thái không hợp lệ (SENT, SKIPPED_NO_ADDRESS, DEFERRED, FAILED)",
					"status must be one of SENT, SKIPPED_NO_ADDRESS, DEFERRED, FAILED");
		TimeRange created = TimeRange.parse(from, to, errors);
		errors.throwIfAny();
		return new DeliveryQuery((unit != null && !unit.isBlank()) ? unit.strip() : null, parsedChannel, parsedStatus,
				created, Paging.of(page, size, Sort.by(Sort.Direction.DESC, "createdAt")));
	}

	Query toQuery() {
		Criteria criteria = new Criteria();
		if (this.unit != null) {
			criteria = criteria.and("recipientUnitId").is(this.unit);
		}
		if (this.channel != null) {
			criteria = criteria.and("channel").is(this.channel);
		}
		if (this.status != null) {
			criteria = criteria.and("status").is(this.status);
		}
		return new Query(this.created.applyTo(criteria, "createdAt"));
	}

	private static <E extends Enum<E>> E parse(E[] values, String name) {
		return Arrays.stream(values)
			.filter((value) -> name != null && value.name().equals(name.strip().toUpperCase(Locale.ROOT)))
			.findFirst()
			.orElse(null);
	}

}
