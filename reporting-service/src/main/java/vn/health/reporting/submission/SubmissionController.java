package vn.health.reporting.submission;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import vn.health.reporting.obligation.ObligationView;
import vn.health.servicekit.security.Caller;

@RestController
class SubmissionController {

	private final Submissions submissions;

	SubmissionController(Submissions submissions) {
		this.submissions = submissions;
	}

	@PostMapping("/api/obligations/{id}/submissions")
	@ResponseStatus(HttpStatus.CREATED)
	ObligationView submit(@PathVariable String id,
			@RequestHeader(name = RetriedSubmissions.HEADER, required = false) String idempotencyKey,
			@RequestBody ReportSubmission report, Caller caller) {
		return ObligationView.of(this.submissions.submit(id, caller, idempotencyKey, report));
	}

}
