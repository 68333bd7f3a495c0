package vn.health.reporting.submission;

import java.time.Clock;

import org.springframework.stereotype.Service;

import vn.health.reporting.obligation.ActingUnit;
import vn.health.reporting.obligation.Obligation;
import vn.health.reporting.obligation.Obligations;
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

	/** 400 for bad input, 404 for an unknown obligation, 403 for another unit, 409 when not owed now. */
	Obligation submit(String obligationId, String actingUnitHeader, ReportSubmission report) {
		InputErrors errors = new InputErrors();
		ActingUnit unit = ActingUnit.from(actingUnitHeader, errors);
		report.check(errors).throwIfAny();
		return this.obligations.change(obligationId, (obligation) -> {
			unit.requireReporterOf(obligation);
			obligation.submit(report.narrative(), report.indicators(), report.attachments(), this.clock.instant());
		});
	}

}
