package vn.health.reporting.submission;

import java.time.Clock;
import java.util.Optional;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

import vn.health.reporting.obligation.ActingUnit;
import vn.health.reporting.obligation.IndicatorTemplate;
import vn.health.reporting.obligation.Obligation;
import vn.health.reporting.obligation.Obligations;
import vn.health.reporting.obligation.Submission;
import vn.health.servicekit.web.ConflictException;
import vn.health.servicekit.web.InputErrors;

/** Nộp báo cáo — a reporter unit submits its report; late ones are taken and marked late. */
@Service
class Submissions {

	private final Obligations obligations;

	private final Clock clock;

	Submissions(Obligations obligations, Clock clock) {
		this.obligations = obligations;
		this.clock = clock;
	}

	/**
	 * 400 for bad input (figures that do not fit the requirement's indicator template included), 404 for an
	 * unknown obligation, 403 for another unit, 409 when not owed now or when the idempotency key was used with
	 * another body. A retry with the same key and body returns the obligation as it stands, also when it raced
	 * the original request.
	 */
	Obligation submit(String obligationId, String actingUnitHeader, String idempotencyKey, ReportSubmission report) {
		InputErrors errors = new InputErrors();
		ActingUnit unit = ActingUnit.from(actingUnitHeader, errors);
		report.check(errors);
		Submission.RequestKey key = RetriedSubmissions.keyOf(idempotencyKey, report, errors);
		errors.throwIfAny();
		Optional<Obligation> retried = retried(obligationId, unit, key);
		if (retried.isPresent()) {
			return retried.get();
		}
		try {
			return this.obligations.change(obligationId, (obligation) -> {
				unit.requireReporterOf(obligation);
				IndicatorTemplate.check(obligation.indicators(), report.indicators());
				obligation.submit(report.narrative(), report.indicators(), report.attachments(), key,
						this.clock.instant());
			});
		}
		catch (ConflictException | OptimisticLockingFailureException ex) {
			return retried(obligationId, unit, key).orElseThrow(() -> ex);
		}
	}

	private Optional<Obligation> retried(String obligationId, ActingUnit unit, Submission.RequestKey key) {
		if (key == null) {
			return Optional.empty();
		}
		Obligation obligation = this.obligations.get(obligationId);
		unit.requireReporterOf(obligation);
		return RetriedSubmissions.replayed(obligation, key);
	}

}
