package vn.health.plan.plan;

import java.net.URI;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.health.servicekit.web.InputErrors;
import vn.health.servicekit.web.NotFoundException;
import vn.health.servicekit.web.PageView;

@RestController
@RequestMapping("/api/plans")
class PlanController {

	/** Who asks, until sign-in exists: the caller's own word, for the history only. */
	private static final String USER = "X-User";

	private final PlanManagement plans;

	private final PlanSearch search;

	PlanController(PlanManagement plans, PlanSearch search) {
		this.plans = plans;
		this.search = search;
	}

	@PostMapping
	ResponseEntity<PlanView> createDraft(@RequestBody PlanDraft draft,
			@RequestHeader(name = USER, required = false) String user) {
		PlanView plan = PlanView.of(this.plans.createDraft(draft, by(user)));
		return ResponseEntity.created(URI.create("/api/plans/" + plan.id())).body(plan);
	}

	@PutMapping("/{id}")
	PlanView editDraft(@PathVariable String id, @RequestBody PlanDraft draft,
			@RequestHeader(name = USER, required = false) String user) {
		return PlanView.of(this.plans.editDraft(id, draft, by(user)));
	}

	@PostMapping("/{id}/issue")
	PlanView issue(@PathVariable String id, @RequestHeader(name = USER, required = false) String user) {
		return PlanView.of(this.plans.issue(id, by(user)));
	}

	@PostMapping("/{id}/amendments")
	PlanView amend(@PathVariable String id, @RequestBody Amendment amendment,
			@RequestHeader(name = USER, required = false) String user) {
		return PlanView.of(this.plans.amend(id, amendment.reason(), amendment.plan(), by(user)));
	}

	@PostMapping("/{id}/revoke")
	PlanView revoke(@PathVariable String id, @RequestBody Revocation revocation,
			@RequestHeader(name = USER, required = false) String user) {
		return PlanView.of(this.plans.revoke(id, revocation.reason(), by(user)));
	}

	@PostMapping("/{id}/close")
	PlanView close(@PathVariable String id, @RequestBody(required = false) Revocation closing,
			@RequestHeader(name = USER, required = false) String user) {
		return PlanView.of(this.plans.close(id, (closing != null) ? closing.reason() : null, by(user)));
	}

	@GetMapping("/{id}")
	PlanView get(@PathVariable String id) {
		return PlanView.of(this.plans.get(id));
	}

	@GetMapping("/{id}/history")
	List<HistoryEntry> history(@PathVariable String id) {
		return this.plans.get(id).history();
	}

	@GetMapping("/{id}/versions")
	List<PlanVersionView> versions(@PathVariable String id) {
		return PlanVersionView.allOf(this.plans.get(id));
	}

	@GetMapping("/{id}/versions/{version}")
	PlanVersionView version(@PathVariable String id, @PathVariable int version) {
		return PlanVersionView.withContent(this.plans.get(id), version)
			.orElseThrow(() -> new NotFoundException("Kế hoạch " + id + " không có phiên bản " + version,
					"Plan " + id + " has no version " + version));
	}

	@GetMapping
	PageView<PlanView.Summary> find(@RequestParam(required = false) Integer year,
			@RequestParam(required = false) PlanStatus status, @RequestParam(required = false) String issuer,
			@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size, @RequestParam(required = false) String sort) {
		return PageView.of(this.search.find(year, status, issuer, q, page, size, sort), PlanView.Summary::of);
	}

	static String by(String user) {
		new InputErrors().check(user == null || user.length() <= 100, USER, "Tên người dùng tối đa 100 ký tự",
				"X-User is at most 100 characters").throwIfAny();
		return (user != null && !user.isBlank()) ? user.strip() : "anonymous";
	}

	/** Sửa đổi, bổ sung: why, and the whole plan as it reads after the change. */
	record Amendment(String reason, PlanDraft plan) {

	}

	/** Thu hồi (why, required) or kết thúc (why, optional). */
	record Revocation(String reason) {

	}

}
