package vn.health.notification.webhook;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.data.domain.Limit;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

import vn.health.notification.delivery.ChannelGuards;
import vn.health.notification.delivery.DeliveryMetrics;
import vn.health.notification.delivery.ProviderHttp;
import vn.health.servicekit.web.FieldProblem;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Gửi webhook — posts due deliveries to their receivers, signed, through Resilience4j guards of the receiver's own
 * (config {@code webhook}: time limiter, one breaker per subscription, no in-line retry). A failure is not retried
 * in-line: the delivery gets its next attempt time from the {@link RetrySchedule} and waits in the store, so a
 * restart loses nothing.
 */
@Component
public class WebhookDispatcher {

	static final MediaType CLOUD_EVENT = MediaType.parseMediaType("application/cloudevents+json; charset=UTF-8");

	static final String DELIVERY_HEADER = "X-TTYT-Delivery";

	private static final String GUARD_CONFIG = "webhook";

	private static final int MAX_ERROR_LENGTH = 500;

	private final WebhookDeliveryLog log;

	private final WebhookSubscriptions subscriptions;

	private final WebhookTargets targets;

	private final ChannelGuards guards;

	private final MongoTemplate mongo;

	private final RestClient http;

	private final WebhookProperties settings;

	private final DeliveryMetrics metrics;

	private final Clock clock;

	WebhookDispatcher(WebhookDeliveryLog log, WebhookSubscriptions subscriptions, WebhookTargets targets,
			ChannelGuards guards, MongoTemplate mongo, RestClient.Builder http, WebhookProperties settings,
			DeliveryMetrics metrics, Clock clock) {
		this.log = log;
		this.subscriptions = subscriptions;
		this.targets = targets;
		this.guards = guards;
		this.mongo = mongo;
		this.http = ProviderHttp.client(http, settings.connectTimeout());
		this.settings = settings;
		this.metrics = metrics;
		this.clock = clock;
	}

	/** Attempts the deliveries now due, one sweep's batch; returns how many it claimed. */
	public int sendDue() {
		Instant now = this.clock.instant();
		List<WebhookDelivery> due = this.log.findByStatusAndNextAttemptAtLessThanEqualOrderByNextAttemptAtAsc(
				WebhookDeliveryStatus.PENDING, now, Limit.of(this.settings.batchSize()));
		return (int) due.stream().filter(this::sendIfClaimed).count();
	}

	/** Sends one pending delivery unless another sweep has claimed it; returns whether it was sent here. */
	boolean sendIfClaimed(WebhookDelivery delivery) {
		Query unchanged = new Query(where("_id").is(delivery.id())
			.and("status").is(WebhookDeliveryStatus.PENDING)
			.and("nextAttemptAt").is(delivery.nextAttemptAt()));
		Update lease = Update.update("nextAttemptAt", this.clock.instant().plus(this.settings.lease()));
		if (this.mongo.updateFirst(unchanged, lease, WebhookDelivery.class).getModifiedCount() != 1) {
			return false;
		}
		WebhookDelivery attempted = this.log.save(attempt(delivery));
		this.metrics.count(WebhookDelivery.CHANNEL, switch (attempted.status()) {
			case DELIVERED -> DeliveryMetrics.Outcome.DELIVERED;
			case PENDING -> DeliveryMetrics.Outcome.DEFERRED;
			case FAILED -> DeliveryMetrics.Outcome.FAILED;
		});
		return true;
	}

	private WebhookDelivery attempt(WebhookDelivery delivery) {
		Optional<WebhookSubscription> subscription = this.subscriptions.findById(delivery.subscriptionId());
		if (subscription.isEmpty()) {
			return delivery.abandoned("Subscription deleted", this.clock.instant());
		}
		Optional<FieldProblem> unsafe = this.targets.problem(subscription.get().url());
		if (unsafe.isPresent()) {
			return delivery.failed(null, unsafe.get().messageEn(), this.clock.instant(), this.settings.schedule());
		}
		AtomicInteger answered = new AtomicInteger();
		try {
			this.guards.run("webhook-" + subscription.get().id(), GUARD_CONFIG,
					() -> answered.set(post(subscription.get(), delivery)));
			return delivery.delivered(answered.get(), this.clock.instant());
		}
		catch (WebhookRefusedException ex) {
			return delivery.failed(ex.status(), ex.getMessage(), this.clock.instant(), this.settings.schedule());
		}
		catch (Exception ex) {
			return delivery.failed(null, shortened(ex.getClass().getSimpleName() + ": " + ex.getMessage()),
					this.clock.instant(), this.settings.schedule());
		}
	}

	private int post(WebhookSubscription subscription, WebhookDelivery delivery) {
		byte[] body = delivery.body().getBytes(StandardCharsets.UTF_8);
		Integer status = this.http.post()
			.uri(URI.create(subscription.url().strip()))
			.contentType(CLOUD_EVENT)
			.header(WebhookSignature.HEADER, WebhookSignature.of(subscription.secret(), body))
			.header(DELIVERY_HEADER, delivery.id())
			.body(body)
			.exchange((request, response) -> response.getStatusCode().value());
		if (status == null || status < 200 || status >= 300) {
			throw new WebhookRefusedException((status != null) ? status : 0);
		}
		return status;
	}

	private static String shortened(String error) {
		return (error.length() > MAX_ERROR_LENGTH) ? error.substring(0, MAX_ERROR_LENGTH) + "…" : error;
	}

}
