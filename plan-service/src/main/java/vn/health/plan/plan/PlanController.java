package vn.health.plan.plan;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.health.contracts.plan.ReportingRequirement;
import vn.health.servicekit.web.PageView;
import vn.health.servicekit.web.Paging;

@RestController
@RequestMapping("/api/plans")
class PlanController {

	private final PlanManagement plans;

	PlanController(PlanManagement plans) {
		this.plans = plans;
	}

	@PostMapping
	ResponseEntity<PlanView> createDraft(@RequestBody PlanDraft draft) {
		PlanView plan = PlanView.of(this.plans.createDraft(draft));
		return ResponseEntity.created(URI.create("/api/plans/" + plan.id())).body(plan);
	}

	@PostMapping("/{id}/issue")
	PlanView issue(@PathVariable String id) {
		return PlanView.of(this.plans.issue(id));
	}

	@GetMapping("/{id}")
	PlanView get(@PathVariable String id) {
		return PlanView.of(this.plans.get(id));
	}

	@GetMapping
	PageView<PlanView> list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		return PageView.of(this.plans.list(Paging.of(page, size, Sort.by(Sort.Direction.DESC, "createdAt"))),
				PlanView::of);
	}

	record PlanView(String id, String number, String title, int year, PlanStatus status,
			List<ReportingRequirement> requirements, Instant createdAt, Instant issuedAt) {

		static PlanView of(Plan plan) {
			return new PlanView(plan.id(), plan.number(), plan.title(), plan.year(), plan.status(),
					plan.requirements(), plan.createdAt(), plan.issuedAt());
		}

	}

}
