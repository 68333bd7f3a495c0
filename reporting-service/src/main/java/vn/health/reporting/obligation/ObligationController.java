package vn.health.reporting.obligation;

import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.health.servicekit.security.Caller;
import vn.health.servicekit.web.PageView;
import vn.health.servicekit.web.Paging;

@RestController
@RequestMapping("/api/obligations")
class ObligationController {

	private final Obligations obligations;

	private final ObligationAccess access;

	ObligationController(Obligations obligations, ObligationAccess access) {
		this.obligations = obligations;
		this.access = access;
	}

	@GetMapping
	PageView<ObligationView> find(@RequestParam(required = false) String plan,
			@RequestParam(required = false) String unit, @RequestParam(required = false) ObligationStatus status,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size, Caller caller) {
		if (unit != null) {
			this.access.checkRead(caller, unit);
		}
		Sort byDeadline = Sort.by("dueAt", "unitId");
		return PageView.of(this.obligations.find(plan, unit, status, this.access.readableUnits(caller),
				Paging.of(page, size, byDeadline)), ObligationView::of);
	}

	@GetMapping("/{id}")
	ObligationView get(@PathVariable String id, Caller caller) {
		Obligation obligation = this.obligations.get(id);
		this.access.checkRead(caller, obligation);
		return ObligationView.of(obligation);
	}

}
