package vn.health.reporting.review;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import vn.health.reporting.obligation.ActingUnit;
import vn.health.reporting.obligation.ObligationView;

@RestController
class ReviewController {

	private final Reviews reviews;

	ReviewController(Reviews reviews) {
		this.reviews = reviews;
	}

	@PostMapping("/api/obligations/{id}/review")
	ObligationView review(@PathVariable String id,
			@RequestHeader(name = ActingUnit.HEADER, required = false) String unit,
			@RequestBody Reviews.ReviewRequest request) {
		return ObligationView.of(this.reviews.review(id, unit, request));
	}

}
