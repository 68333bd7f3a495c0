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

import vn.health.servicekit.web.InputErrors;
import vn.health.servicekit.web.NotFoundException;

/** {@code /api/notifications/subscribers}: persons who get their unit's notices themselves. */
@RestController
@RequestMapping("/api/notifications/subscribers")
class SubscriberController {

	private final Subscribers subscribers;

	private final Clock clock;

	SubscriberController(Subscribers subscribers, Clock clock) {
		this.subscribers = subscribers;
		this.clock = clock;
	}

	@PostMapping
	ResponseEntity<Subscriber> subscribe(@RequestBody SubscriberRequest request) {
		Subscriber saved = this.subscribers.save(request.toSubscriber(this.clock.instant()));
		return ResponseEntity.created(URI.create("/api/notifications/subscribers/" + saved.id())).body(saved);
	}

	@GetMapping
	List<Subscriber> ofUnit(@RequestParam(required = false) String unit) {
		new InputErrors().requireText(unit, "unit", "Cần chọn đơn vị (tham số unit)",
				"Parameter unit (the unit id) is required").throwIfAny();
		return this.subscribers.findByUnitIdOrderByNameAsc(unit.strip());
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void unsubscribe(@PathVariable String id) {
		this.subscribers.findById(id)
			.orElseThrow(() -> new NotFoundException("Không tìm thấy người đăng ký " + id, "No subscriber " + id));
		this.subscribers.deleteById(id);
	}

}
