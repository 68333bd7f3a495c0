package vn.health.notification.subscriber;

import java.net.URI;
import java.time.Clock;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import vn.health.notification.access.UnitAccess;
import vn.health.notification.audit.AuditAction;
import vn.health.servicekit.audit.AuditTrail;
import vn.health.servicekit.security.Caller;
import vn.health.servicekit.web.ForbiddenException;
import vn.health.servicekit.web.InputErrors;
import vn.health.servicekit.web.NotFoundException;

/**
 * {@code /api/notifications/subscribers}: persons who get their unit's notices themselves. A person subscribes
 * themself, to their own unit, and sees and deletes only their own subscriptions.
 */
@RestController
@RequestMapping("/api/notifications/subscribers")
class SubscriberController {

	private final Subscribers subscribers;

	private final UnitAccess access;

	private final AuditTrail audit;

	private final Clock clock;

	SubscriberController(Subscribers subscribers, UnitAccess access, AuditTrail audit, Clock clock) {
		this.subscribers = subscribers;
		this.access = access;
		this.audit = audit;
		this.clock = clock;
	}

	@PostMapping
	ResponseEntity<Subscriber> subscribe(Caller caller, @RequestBody SubscriberRequest request) {
		Subscriber subscriber = request.toSubscriber(caller.subject(), this.clock.instant());
		this.access.checkPerson(caller, subscriber.unitId());
		Subscriber saved = this.subscribers.save(subscriber);
		this.audit.record(caller, AuditAction.SUBSCRIBED, saved.unitId(), saved.id(),
				saved.channels() + " " + saved.eventTypes());
		return ResponseEntity.created(URI.create("/api/notifications/subscribers/" + saved.id())).body(saved);
	}

	@GetMapping
	List<Subscriber> ofUnit(Caller caller, @RequestParam(required = false) String unit) {
		new InputErrors().requireText(unit, "unit", "Cần chọn đơn vị (tham số unit)",
				"Parameter unit (the unit id) is required").throwIfAny();
		String unitId = unit.strip();
		this.access.checkPerson(caller, unitId);
		return caller.unrestricted() ? this.subscribers.findByUnitIdOrderByNameAsc(unitId)
				: this.subscribers.findByUnitIdAndSubjectOrderByNameAsc(unitId, caller.subject());
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void unsubscribe(Caller caller, @PathVariable String id) {
		Subscriber subscriber = this.subscribers.findById(id)
			.orElseThrow(() -> new NotFoundException("Không tìm thấy người đăng ký " + id, "No subscriber " + id));
		if (!UnitAccess.isSelf(caller, subscriber.subject())) {
			throw new ForbiddenException("Chỉ người đã đăng ký mới hủy được đăng ký này",
					"Only the person who subscribed may delete this subscription");
		}
		this.subscribers.deleteById(id);
		this.audit.record(caller, AuditAction.UNSUBSCRIBED, subscriber.unitId(), id, subscriber.name());
	}

}
