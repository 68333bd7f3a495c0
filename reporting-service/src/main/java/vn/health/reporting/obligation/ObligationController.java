package vn.health.reporting.obligation;

import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

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

}
