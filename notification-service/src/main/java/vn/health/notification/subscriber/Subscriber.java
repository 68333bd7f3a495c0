package vn.health.notification.subscriber;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.health.notification.delivery.Channel;

/**
 * Người đăng ký — a person of a unit (e.g. the officer in charge of reports) who gets the unit's notices of the
 * chosen types on their own e-mail or phone, besides the unit's contacts.
 *
 * @param eventTypes CloudEvents type names, e.g. {@code vn.health.report.overdue}
 * @param phone {@code 84xxxxxxxxx}
 * @param subject who subscribed: the subject of the person's access token; only they list or delete it
 */
@Document("subscribers")
@CompoundIndex(name = "unit_types", def = "{'unitId': 1, 'eventTypes': 1}")
public record Subscriber(@Id String id, String unitId, String name, String email, String phone,
		Set<Channel> channels, List<String> eventTypes, Instant createdAt, String subject) {

	/** The subscriber's address on {@code channel}. */
	public String addressFor(Channel channel) {
		return (channel == Channel.EMAIL) ? this.email : this.phone;
	}

	/** The recipient id in the delivery log: {@code person:<id>}, never mistaken for a unit id. */
	public String recipientId() {
		return "person:" + this.id;
	}

}
