package vn.health.notification.alert;

import org.springframework.messaging.Message;

import vn.health.contracts.CloudEventHeaders;
import vn.health.contracts.EventType;
import vn.health.servicekit.messaging.InboundEvents;

/**
 * Làn khẩn — which of the two consumer groups on {@code reporting.v1} handles a record. Kafka hands a group each
 * partition in order, so in one group an escalation waited until every overdue alert of a burst ahead of it on its
 * partition was recorded; in a group of its own it does not. Every record belongs to exactly one lane, told from its
 * {@code ce_type} header alone, so the other lane skips it without reading the payload. A record without the header
 * is ordinary: the ordinary lane dead-letters it.
 */
enum ReportingLane {

	/** Escalations (báo cáo cấp trên), whatever quiet hours make of them: the lane decides when they are recorded. */
	URGENT,

	/** Everything else on the topic, including the overdue alerts of a deadline burst. */
	ORDINARY;

	/** A record without the type header is ordinary (null here). */
	static ReportingLane of(Message<byte[]> message) {
		String type = InboundEvents.header(message, CloudEventHeaders.TYPE);
		return EventType.REPORT_ESCALATED.typeName().equals(type) ? URGENT : ORDINARY;
	}

}
