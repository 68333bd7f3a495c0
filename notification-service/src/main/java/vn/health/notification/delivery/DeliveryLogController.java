package vn.health.notification.delivery;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.health.servicekit.web.PageView;

/** {@code GET /api/notifications/deliveries}: the delivery log, filtered, for operators and audits. */
@RestController
class DeliveryLogController {

	private final MongoTemplate mongo;

	DeliveryLogController(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@GetMapping("/api/notifications/deliveries")
	PageView<DeliveryView> deliveries(@RequestParam(required = false) String unit,
			@RequestParam(required = false) String channel, @RequestParam(required = false) String status,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		DeliveryQuery query = DeliveryQuery.of(unit, channel, status, from, to, page, size);
		var found = this.mongo.find(query.toQuery().with(query.page()), Delivery.class);
		return PageView.of(PageableExecutionUtils.getPage(found, query.page(),
				() -> this.mongo.count(query.toQuery(), Delivery.class)), DeliveryView::of);
	}

}
