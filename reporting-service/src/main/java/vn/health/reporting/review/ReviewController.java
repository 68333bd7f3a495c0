package vn.health.reporting.review;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import vn.health.reporting.obligation.ObligationView;
import vn.health.servicekit.security.Caller;

@RestController
class ReviewController {

	private final Reviews reviews;

	ReviewController(Reviews reviews) {
		this.reviews = reviews;
	}

	@PostMapping("/api/obligations/{id}/review")
	ObligationView review(@PathVariable String id,
			@RequestBody Reviews.ReviewRequest request, Caller caller) {
		return ObligationView.of(this.reviews.review(id, caller, request));
	}

}
