package vn.health.notification.delivery;

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
		Channel parsedChannel = EnumNames.parse(Channel.class, channel).orElse(null);
		DeliveryStatus parsedStatus = EnumNames.parse(DeliveryStatus.class, status).orElse(null);
		InputErrors errors = new InputErrors()
			.check(channel == null || parsedChannel != null, "channel",
					"Kênh không hợp lệ (" + EnumNames.listed(Channel.class) + ")",
					"channel must be one of " + EnumNames.listed(Channel.class))
			.check(status == null || parsedStatus != null, "status",
					"Trạng thái không hợp lệ (" + EnumNames.listed(DeliveryStatus.class) + ")",
					"status must be one of " + EnumNames.listed(DeliveryStatus.class));
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

}
