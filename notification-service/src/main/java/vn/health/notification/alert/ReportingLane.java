package vn.health.notification.alert;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

import vn.health.contracts.CloudEventHeaders;
import vn.health.contracts.EventType;

/**
 * Làn khẩn — which of the two consumer groups on {@code reporting.v1} handles a record. Kafka hands a group each
 * partition in order, so in one group an escalation waited until every overdue alert of a burst ahead of it on its
 * partition was recorded; in a group of its own it does not. Every record belongs to exactly one lane, told from its
 * {@code ce_type} header alone, so the other lane's binding drops it before it becomes a message (a record filter,
 * see {@link ReportingEventsConsumer}). A record without the header is ordinary: the ordinary lane dead-letters it.
 */
enum ReportingLane {

	/** Escalations (báo cáo cấp trên), whatever quiet hours make of them: the lane decides when they are recorded. */
	URGENT,

	/** Everything else on the topic, including the overdue alerts of a deadline burst. */
	ORDINARY;

	private static final byte[] ESCALATED = EventType.REPORT_ESCALATED.typeName().getBytes(StandardCharsets.UTF_8);

	/** A record without the type header is ordinary. */
	static ReportingLane of(ConsumerRecord<?, ?> record) {
		Header type = record.headers().lastHeader(CloudEventHeaders.TYPE);
		return (type != null && Arrays.equals(ESCALATED, type.value())) ? URGENT : ORDINARY;
	}

}
