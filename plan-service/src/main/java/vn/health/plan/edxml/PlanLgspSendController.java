package vn.health.plan.edxml;

import java.net.URI;
import java.util.List;

import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.health.servicekit.lgsp.LgspSendStatus;
import vn.health.servicekit.security.Caller;
import vn.health.servicekit.security.Role;

/**
 * Gửi lên LGSP — {@code POST /api/plans/{id}/lgsp-sends} queues the plan's package (202, the send's status at
 * {@code Location}); {@code GET /api/plans/{id}/lgsp-sends} and {@code GET /api/lgsp-sends/{sendId}} say where each
 * send stands. The Sở's administrators and the LGSP's own machine client (INTEGRATION) only.
 */
@RestController
class PlanLgspSendController {

	private final PlanLgspSends sends;

	PlanLgspSendController(PlanLgspSends sends) {
		this.sends = sends;
	}

	@PostMapping("/api/plans/{id}/lgsp-sends")
	ResponseEntity<LgspSendStatus> queue(@PathVariable String id, Caller caller) {
		caller.requireAny(Role.PROVINCE_ADMIN, Role.INTEGRATION);
		LgspSendStatus queued = this.sends.queue(id, caller);
		return ResponseEntity.accepted().location(URI.create("/api/lgsp-sends/" + queued.id())).body(queued);
	}

	@GetMapping("/api/plans/{id}/lgsp-sends")
	List<LgspSendStatus> ofPlan(@PathVariable String id, Caller caller) {
		caller.requireAny(Role.PROVINCE_ADMIN, Role.INTEGRATION);
		return this.sends.ofPlan(id, caller);
	}

	@GetMapping("/api/lgsp-sends/{sendId}")
	LgspSendStatus get(@PathVariable String sendId, Caller caller) {
		caller.requireAny(Role.PROVINCE_ADMIN, Role.INTEGRATION);
		return this.sends.get(sendId);
	}

	@ExceptionHandler(UnexportablePlan.class)
	ProblemDetail unexportable(UnexportablePlan ex) {
		return ex.problem();
	}

}
