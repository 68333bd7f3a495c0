package vn.health.notification.webhook;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Component;

import vn.health.notification.audit.AuditAction;
import vn.health.servicekit.audit.AuditTrail;
import vn.health.servicekit.security.Caller;
import vn.health.servicekit.security.Role;
import vn.health.servicekit.web.ForbiddenException;
import vn.health.servicekit.web.NotFoundException;
import vn.health.servicekit.web.PageView;
import vn.health.servicekit.web.Paging;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Webhook — subscriptions of outside systems and the log of what was delivered to them. The province's
 * administrators manage every subscription; a machine client (role {@code INTEGRATION}) only those it created, and
 * sees only their deliveries. Every change is written to the {@link AuditTrail}.
 */
@Component
class Webhooks {

	private final WebhookSubscriptions subscriptions;

	private final WebhookDeliveryLog log;

	private final WebhookDispatcher dispatcher;

	private final WebhookTargets targets;

	private final AuditTrail audit;

	private final MongoTemplate mongo;

	private final Clock clock;

	Webhooks(WebhookSubscriptions subscriptions, WebhookDeliveryLog log, WebhookDispatcher dispatcher,
			WebhookTargets targets, AuditTrail audit, MongoTemplate mongo, Clock clock) {
		this.subscriptions = subscriptions;
		this.log = log;
		this.dispatcher = dispatcher;
		this.targets = targets;
		this.audit = audit;
		this.mongo = mongo;
		this.clock = clock;
	}

	/** Owned by the caller's unit (a machine client's token names the unit it acts for). */
	WebhookView subscribe(Caller caller, WebhookRequest request) {
		requireOperator(caller);
		WebhookSubscription subscription = new WebhookSubscription(UUID.randomUUID().toString(),
				request.url().strip(), request.validated(this.targets), WebhookSignature.newSecret(),
				this.clock.instant(), caller.unitId(), caller.subject());
		WebhookSubscription saved = this.subscriptions.save(subscription);
		this.audit.record(caller, AuditAction.WEBHOOK_SUBSCRIBED, saved.unitId(), saved.id(),
				saved.url() + " " + saved.eventTypes());
		return WebhookView.created(saved);
	}

	PageView<WebhookView> subscriptions(Caller caller, int page, int size) {
		requireOperator(caller);
		var request = Paging.of(page, size, Sort.by("createdAt").descending());
		return PageView.of(seesAll(caller) ? this.subscriptions.findAll(request)
				: this.subscriptions.findByCreatedBy(caller.subject(), request), WebhookView::of);
	}

	WebhookView subscription(Caller caller, String id) {
		return WebhookView.of(requireOwn(caller, id));
	}

	/** Its pending deliveries fail as abandoned when they come due. */
	void unsubscribe(Caller caller, String id) {
		WebhookSubscription subscription = requireOwn(caller, id);
		this.subscriptions.deleteById(id);
		this.audit.record(caller, AuditAction.WEBHOOK_UNSUBSCRIBED, subscription.unitId(), id, subscription.url());
	}

	PageView<WebhookDeliveryView> deliveries(Caller caller, WebhookDeliveryQuery query) {
		requireOperator(caller);
		Query found = query.toQuery();
		if (query.subscription() != null) {
			requireOwn(caller, query.subscription());
		}
		else if (!seesAll(caller)) {
			List<String> own = this.subscriptions.findByCreatedBy(caller.subject())
				.stream()
				.map(WebhookSubscription::id)
				.toList();
			found.addCriteria(where("subscriptionId").in(own));
		}
		var page = this.mongo.find(Query.of(found).with(query.page()), WebhookDelivery.class);
		return PageView.of(PageableExecutionUtils.getPage(page, query.page(),
				() -> this.mongo.count(found, WebhookDelivery.class)), WebhookDeliveryView::of);
	}

	WebhookDeliveryView delivery(Caller caller, String id) {
		return WebhookDeliveryView.of(requireOwnDelivery(caller, id));
	}

	/** A new round of attempts, the first one at once; answers with the outcome of that first one. */
	WebhookDeliveryView redeliver(Caller caller, String id) {
		WebhookDelivery again = this.log.save(requireOwnDelivery(caller, id).redeliver(this.clock.instant()));
		this.audit.record(caller, AuditAction.WEBHOOK_REDELIVERED, again.unitId(), id, again.eventType().publicName());
		this.dispatcher.sendIfClaimed(again);
		return WebhookDeliveryView.of(find(id));
	}

	private WebhookDelivery requireOwnDelivery(Caller caller, String id) {
		requireOperator(caller);
		WebhookDelivery delivery = find(id);
		if (!seesAll(caller)) {
			requireOwn(caller, delivery.subscriptionId());
		}
		return delivery;
	}

	private WebhookDelivery find(String id) {
		return this.log.findById(id)
			.orElseThrow(() -> new NotFoundException("Không tìm thấy lần gửi webhook " + id,
					"No webhook delivery " + id));
	}

	private WebhookSubscription requireOwn(Caller caller, String id) {
		requireOperator(caller);
		WebhookSubscription subscription = this.subscriptions.findById(id)
			.orElseThrow(() -> new NotFoundException("Không tìm thấy đăng ký webhook " + id,
					"No webhook subscription " + id));
		if (!seesAll(caller) && !caller.subject().equals(subscription.createdBy())) {
			throw new ForbiddenException("Đăng ký webhook này do hệ thống khác tạo",
					"This webhook subscription belongs to another client");
		}
		return subscription;
	}

	private static void requireOperator(Caller caller) {
		caller.requireAny(Role.PROVINCE_ADMIN, Role.INTEGRATION);
	}

	private static boolean seesAll(Caller caller) {
		return caller.has(Role.PROVINCE_ADMIN);
	}

}
