package vn.health.notification.webhook;

import java.time.Clock;
import java.time.Instant;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import vn.health.servicekit.messaging.ReceivedEvent;

/**
 * Phát sự kiện tới webhook — turns an event of the public catalogue into one pending delivery per subscription,
 * its body written once as a structured-mode CloudEvent. Nothing is sent here: the Kafka consumer never waits for a
 * receiver; {@link WebhookDispatcher} sends. A redelivered event finds its deliveries already there.
 */
@Component
public class WebhookFanOut {

	private final WebhookSubscriptions subscriptions;

	private final MongoTemplate mongo;

	private final JsonMapper json;

	private final String source;

	private final Clock clock;

	WebhookFanOut(WebhookSubscriptions subscriptions, MongoTemplate mongo, JsonMapper json,
			WebhookProperties settings, Clock clock) {
		this.subscriptions = subscriptions;
		this.mongo = mongo;
		this.json = json;
		this.source = settings.source();
		this.clock = clock;
	}

	/** Ignores events outside the catalogue. */
	public void publish(ReceivedEvent event) {
		WebhookEventType.of(event.type()).ifPresent((type) -> {
			Instant now = this.clock.instant();
			String body = cloudEvent(event, type, now);
			this.subscriptions.findByEventTypesContaining(type).forEach((subscription) -> {
				try {
					this.mongo.insert(WebhookDelivery.pending(event.eventId(), subscription, type, body, now));
				}
				catch (DuplicateKeyException redelivered) {
					// The event came again; its delivery to this subscription exists and keeps its own state.
				}
			});
		});
	}

	/** CloudEvents 1.0, structured mode: the attributes and the event's payload as {@code data}. */
	private String cloudEvent(ReceivedEvent event, WebhookEventType type, Instant now) {
		ObjectNode cloudEvent = this.json.createObjectNode()
			.put("specversion", "1.0")
			.put("id", event.eventId())
			.put("source", this.source)
			.put("type", type.cloudEventType())
			.put("subject", event.payload().aggregateId())
			.put("time", ((event.time() != null) ? event.time() : now).toString())
			.put("datacontenttype", "application/json");
		cloudEvent.set("data", this.json.valueToTree(event.payload()));
		return this.json.writeValueAsString(cloudEvent);
	}

}
