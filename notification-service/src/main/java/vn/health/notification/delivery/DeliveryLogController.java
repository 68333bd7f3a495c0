package vn.health.notification.delivery;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.health.notification.access.UnitAccess;
import vn.health.servicekit.security.Caller;
import vn.health.servicekit.security.Role;
import vn.health.servicekit.web.InputErrors;
import vn.health.servicekit.web.PageView;

/**
 * {@code GET /api/notifications/deliveries}: the delivery log, filtered, for operators and audits. The province's
 * administrators read all of it; anyone else names a unit they may read ({@link UnitAccess}).
 * {@code POST /api/notifications/deliveries/{id}/redeliver}: a province administrator sends a failed or unconfirmed
 * delivery again.
 */
@RestController
class DeliveryLogController {

	private final MongoTemplate mongo;

	private final UnitAccess access;

	private final Deliveries deliveries;

	DeliveryLogController(MongoTemplate mongo, UnitAccess access, Deliveries deliveries) {
		this.mongo = mongo;
		this.access = access;
		this.deliveries = deliveries;
	}

	@GetMapping("/api/notifications/deliveries")
	PageView<DeliveryView> deliveries(Caller caller, @RequestParam(required = false) String unit,
			@RequestParam(required = false) String channel, @RequestParam(required = false) String status,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		DeliveryQuery query = DeliveryQuery.of(unit, channel, status, from, to, page, size);
		if (!caller.has(Role.PROVINCE_ADMIN)) {
			new InputErrors().requireText(unit, "unit", "Cần chọn đơn vị (tham số unit)",
					"Parameter unit (the unit id) is required").throwIfAny();
			this.access.checkRead(caller, unit.strip());
		}
		var found = this.mongo.find(query.toQuery().with(query.page()), Delivery.class);
		return PageView.of(PageableExecutionUtils.getPage(found, query.page(),
				() -> this.mongo.count(query.toQuery(), Delivery.class)), DeliveryView::of);
	}

	@PostMapping("/api/notifications/deliveries/{id}/redeliver")
	DeliveryView redeliver(Caller caller, @PathVariable String id) {
		return this.deliveries.redeliver(caller, id);
	}

}
