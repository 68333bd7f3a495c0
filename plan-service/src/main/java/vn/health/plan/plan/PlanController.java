package vn.health.plan.plan;

import java.net.URI;
import java.util.List;

import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.health.servicekit.security.Caller;
import vn.health.servicekit.security.Role;
import vn.health.servicekit.web.NotFoundException;
import vn.health.servicekit.web.PageView;

@RestController
@RequestMapping("/api/plans")
class PlanController {

	private final PlanManagement plans;

	private final PlanSearch search;

	PlanController(PlanManagement plans, PlanSearch search) {
		this.plans = plans;
		this.search = search;
	}

	@PostMapping
	ResponseEntity<PlanView> createDraft(@RequestBody PlanDraft draft, Caller caller) {
		PlanView plan = PlanView.of(this.plans.createDraft(draft, by(caller)));
		return ResponseEntity.created(URI.create("/api/plans/" + plan.id())).body(plan);
	}

	@PutMapping("/{id}")
	PlanView editDraft(@PathVariable String id, @RequestBody PlanDraft draft, Caller caller) {
		return PlanView.of(this.plans.editDraft(id, draft, by(caller)));
	}

	@PostMapping("/{id}/issue")
	PlanView issue(@PathVariable String id, Caller caller) {
		return PlanView.of(this.plans.issue(id, by(caller)));
	}

	@PostMapping("/{id}/amendments")
	PlanView amend(@PathVariable String id, @RequestBody Amendment amendment, Caller caller) {
		return PlanView.of(this.plans.amend(id, amendment.reason(), amendment.plan(), by(caller)));
	}

	@PostMapping("/{id}/revoke")
	PlanView revoke(@PathVariable String id, @RequestBody Revocation revocation, Caller caller) {
		return PlanView.of(this.plans.revoke(id, revocation.reason(), by(caller)));
	}

	@PostMapping("/{id}/close")
	PlanView close(@PathVariable String id, @RequestBody(required = false) Revocation closing, Caller caller) {
		return PlanView.of(this.plans.close(id, (closing != null) ? closing.reason() : null, by(caller)));
	}

	@GetMapping("/{id}")
	PlanView get(@PathVariable String id, Caller caller) {
		return PlanView.of(this.plans.get(id, caller));
	}

	@GetMapping("/{id}/history")
	List<HistoryEntry> history(@PathVariable String id, Caller caller) {
		return this.plans.get(id, caller).history();
	}

	@GetMapping("/{id}/versions")
	List<PlanVersionView> versions(@PathVariable String id, Caller caller) {
		return PlanVersionView.allOf(this.plans.get(id, caller));
	}

	@GetMapping("/{id}/versions/{version}")
	PlanVersionView version(@PathVariable String id, @PathVariable int version, Caller caller) {
		return PlanVersionView.withContent(this.plans.get(id, caller), version)
			.orElseThrow(() -> new NotFoundException("Kế hoạch " + id + " không có phiên bản " + version,
					"Plan " + id + " has no version " + version));
	}

	@GetMapping
	PageView<PlanView.Summary> find(@RequestParam(required = false) Integer year,
			@RequestParam(required = false) PlanStatus status, @RequestParam(required = false) String issuer,
			@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size, @RequestParam(required = false) String sort, Caller caller) {
		return PageView.of(this.search.find(year, status, issuer, q, PlanManagement.seesDrafts(caller), page, size, sort),
				PlanView.Summary::of);
	}

	/** Issuing or amending a plan that lacks deadlines, recipients or units: 422 naming each missing field. */
	@ExceptionHandler(IncompletePlan.class)
	ProblemDetail incomplete(IncompletePlan ex) {
		return ex.problem();
	}

	/** Writes are the Sở's (PROVINCE_ADMIN); the history names who made them: the token's subject. */
	static String by(Caller caller) {
		caller.requireAny(Role.PROVINCE_ADMIN);
		return caller.subject();
	}

	/** Sửa đổi, bổ sung: why, and the whole plan as it reads after the change. */
	record Amendment(String reason, PlanDraft plan) {

	}

	/** Thu hồi (why, required) or kết thúc (why, optional). */
	record Revocation(String reason) {

	}

}
