package vn.health.reporting.submission;

import java.time.Clock;
import java.util.Optional;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

import vn.health.reporting.obligation.Actor;
import vn.health.reporting.obligation.IndicatorTemplate;
import vn.health.reporting.obligation.Obligation;
import vn.health.reporting.obligation.ObligationAccess;
import vn.health.reporting.obligation.Obligations;
import vn.health.reporting.obligation.Submission;
import vn.health.servicekit.security.Caller;
import vn.health.servicekit.web.ConflictException;
import vn.health.servicekit.web.InputErrors;

/** Nộp báo cáo — a reporter unit submits its report; late ones are taken and marked late. */
@Service
class Submissions {

	private final Obligations obligations;

	private final ObligationAccess access;

	private final Clock clock;

	Submissions(Obligations obligations, ObligationAccess access, Clock clock) {
		this.obligations = obligations;
		this.access = access;
		this.clock = clock;
	}

	/**
	 * 400 for bad input (figures that do not fit the requirement's indicator template included), 404 for an
	 * unknown obligation, 403 for another unit, 409 when not owed now or when the idempotency key was used with
	 * another body. A retry with the same key and body returns the obligation as it stands, also when it raced
	 * the original request.
	 */
	Obligation submit(String obligationId, Caller caller, String idempotencyKey, ReportSubmission report) {
		InputErrors errors = new InputErrors();
		report.check(errors);
		Submission.RequestKey key = RetriedSubmissions.keyOf(idempotencyKey, report, errors);
		errors.throwIfAny();
		Optional<Obligation> retried = retried(obligationId, caller, key);
		if (retried.isPresent()) {
			return retried.get();
		}
		try {
			return this.obligations.change(obligationId, (obligation) -> {
				this.access.requireReporter(caller, obligation);
				IndicatorTemplate.check(obligation.indicators(), report.indicators());
				obligation.submit(report.narrative(), report.indicators(), report.attachments(), Actor.of(caller), key,
						this.clock.instant());
			});
		}
		catch (ConflictException | OptimisticLockingFailureException ex) {
			return retried(obligationId, caller, key).orElseThrow(() -> ex);
		}
	}

	private Optional<Obligation> retried(String obligationId, Caller caller, Submission.RequestKey key) {
		if (key == null) {
			return Optional.empty();
		}
		Obligation obligation = this.obligations.get(obligationId);
		this.access.requireReporter(caller, obligation);
		return RetriedSubmissions.replayed(obligation, key);
	}

}
