package vn.health.reporting.obligation;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.health.contracts.plan.DueRule;
import vn.health.servicekit.web.PageView;
import vn.health.servicekit.web.Paging;

@RestController
@RequestMapping("/api/obligations")
class ObligationController {

	private final Obligations obligations;

	ObligationController(Obligations obligations) {
		this.obligations = obligations;
	}

	@GetMapping
	PageView<ObligationView> find(@RequestParam(required = false) String plan,
			@RequestParam(required = false) String unit, @RequestParam(required = false) ObligationStatus status,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		Sort byDeadline = Sort.by("dueAt", "unitId");
		return PageView.of(this.obligations.find(plan, unit, status, Paging.of(page, size, byDeadline)),
				ObligationView::of);
	}

	@GetMapping("/{id}")
	ObligationView get(@PathVariable String id) {
		return ObligationView.of(this.obligations.get(id));
	}

	/** {@code dueAt} is the exact instant; {@code dueDate} and {@code dueRule} say how it was read. */
	record ObligationView(String id, String planId, String planNumber, String planTitle, String requirementId,
			String requirementTitle, String unitId, String recipientUnitId, LocalDate dueDate, DueRule dueRule,
			Instant dueAt, ObligationStatus status, Instant overdueSince) {

		static ObligationView of(Obligation o) {
			return new ObligationView(o.id(), o.planId(), o.planNumber(), o.planTitle(), o.requirementId(),
					o.requirementTitle(), o.unitId(), o.recipientUnitId(), o.dueDate(), o.dueRule(), o.dueAt(),
					o.status(), o.overdueSince());
		}

	}

}
