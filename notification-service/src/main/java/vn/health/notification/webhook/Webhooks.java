package vn.health.notification.webhook;

import java.time.Clock;
import java.util.UUID;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Component;

import vn.health.servicekit.web.NotFoundException;
import vn.health.servicekit.web.PageView;
import vn.health.servicekit.web.Paging;

/** Webhook — subscriptions of outside systems and the log of what was delivered to them. */
@Component
class Webhooks {

	private final WebhookSubscriptions subscriptions;

	private final WebhookDeliveryLog log;

	private final WebhookDispatcher dispatcher;

	private final WebhookTargets targets;

	private final MongoTemplate mongo;

	private final Clock clock;

	Webhooks(WebhookSubscriptions subscriptions, WebhookDeliveryLog log, WebhookDispatcher dispatcher,
			WebhookTargets targets, MongoTemplate mongo, Clock clock) {
		this.subscriptions = subscriptions;
		this.log = log;
		this.dispatcher = dispatcher;
		this.targets = targets;
		this.mongo = mongo;
		this.clock = clock;
	}

	WebhookView subscribe(WebhookRequest request) {
		WebhookSubscription subscription = new WebhookSubscription(UUID.randomUUID().toString(),
				request.url().strip(), request.validated(this.targets), WebhookSignature.newSecret(),
				this.clock.instant());
		return WebhookView.created(this.subscriptions.save(subscription));
	}

	PageView<WebhookView> subscriptions(int page, int size) {
		return PageView.of(this.subscriptions.findAll(Paging.of(page, size, Sort.by("createdAt").descending())),
				WebhookView::of);
	}

	WebhookView subscription(String id) {
		return WebhookView.of(require(id));
	}

	/** Its pending deliveries fail as abandoned when they come due. */
	void unsubscribe(String id) {
		require(id);
		this.subscriptions.deleteById(id);
	}

	PageView<WebhookDelivery> deliveries(WebhookDeliveryQuery query) {
		var found = this.mongo.find(query.toQuery().with(query.page()), WebhookDelivery.class);
		return PageView.of(PageableExecutionUtils.getPage(found, query.page(),
				() -> this.mongo.count(query.toQuery(), WebhookDelivery.class)), (delivery) -> delivery);
	}

	WebhookDelivery delivery(String id) {
		return this.log.findById(id)
			.orElseThrow(() -> new NotFoundException("Không tìm thấy lần gửi webhook " + id,
					"No webhook delivery " + id));
	}

	/** A new round of attempts, the first one at once; answers with the outcome of that first one. */
	WebhookDelivery redeliver(String id) {
		WebhookDelivery again = this.log.save(delivery(id).redeliver(this.clock.instant()));
		this.dispatcher.sendIfClaimed(again);
		return delivery(id);
	}

	private WebhookSubscription require(String id) {
		return this.subscriptions.findById(id)
			.orElseThrow(() -> new NotFoundException("Không tìm thấy đăng ký webhook " + id,
					"No webhook subscription " + id));
	}

}
