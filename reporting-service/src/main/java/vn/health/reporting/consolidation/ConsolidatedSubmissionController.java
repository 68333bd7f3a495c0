package vn.health.reporting.consolidation;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import vn.health.reporting.obligation.ObligationView;
import vn.health.servicekit.security.Caller;

@RestController
class ConsolidatedSubmissionController {

	private final ConsolidatedSubmissions submissions;

	ConsolidatedSubmissionController(ConsolidatedSubmissions submissions) {
		this.submissions = submissions;
	}

	@PostMapping("/api/obligations/{id}/submissions/consolidated")
	@ResponseStatus(HttpStatus.CREATED)
	ObligationView submit(@PathVariable String id,
			@RequestBody(required = false) Introduction introduction, Caller caller) {
		return ObligationView.of(
				this.submissions.submit(id, caller, (introduction != null) ? introduction.narrative() : null));
	}

	/** Optional words of the consolidating unit put before the consolidated text. */
	record Introduction(String narrative) {

	}

}
