package vn.health.reporting.completeness;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class CompletenessController {

	private final Completeness completeness;

	CompletenessController(Completeness completeness) {
		this.completeness = completeness;
	}

	@GetMapping("/api/reports/completeness")
	CompletenessReport completeness(@RequestParam(required = false) String plan,
			@RequestParam(required = false) String requirement, @RequestParam(required = false) String period,
			@RequestParam(required = false) String unit, @RequestParam(required = false) String unitType) {
		return this.completeness.of(new RateQuery(plan, requirement, period, unit, unitType));
	}

}
