package vn.health.reporting.consolidation;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Service;

import vn.health.reporting.obligation.Actor;
import vn.health.reporting.obligation.IllegalTransitionException;
import vn.health.reporting.obligation.IndicatorTemplate;
import vn.health.reporting.obligation.Obligation;
import vn.health.reporting.obligation.ObligationAccess;
import vn.health.reporting.obligation.Obligations;
import vn.health.servicekit.security.Caller;
import vn.health.servicekit.web.InputErrors;

/**
 * Gửi báo cáo tổng hợp lên cấp trên — the reporter of a chained requirement (the CDC) submits the live consolidation
 * of the reports below as its own report, in one action: the sums per indicator of the accepted reports, the
 * narratives, and who is missing. It is an ordinary submission afterwards (late marking, review, history).
 */
@Service
class ConsolidatedSubmissions {

	private static final int MAX_INTRODUCTION = 5_000;

	private final Obligations obligations;

	private final ObligationAccess access;

	private final Consolidations consolidations;

	private final Clock clock;

	ConsolidatedSubmissions(Obligations obligations, ObligationAccess access, Consolidations consolidations,
			Clock clock) {
		this.obligations = obligations;
		this.access = access;
		this.consolidations = consolidations;
		this.clock = clock;
	}

	/**
	 * 400 for a too long introduction, or totals that do not fit this requirement's own
	 * indicator template; 403 for a unit other than the reporter; 404; 409 when the requirement consolidates nothing
	 * or the report is not owed now.
	 */
	Obligation submit(String obligationId, Caller caller, String introduction) {
		new InputErrors().check(introduction == null || introduction.length() <= MAX_INTRODUCTION, "narrative",
				"Phần mở đầu dài quá " + MAX_INTRODUCTION + " ký tự",
				"narrative is longer than " + MAX_INTRODUCTION + " characters")
			.throwIfAny();
		return this.obligations.change(obligationId, (obligation) -> {
			this.access.requireReporter(caller, obligation);
			Consolidation below = this.consolidations.below(obligation)
				.orElseThrow(() -> new IllegalTransitionException(
						"Báo cáo " + obligation.requirementTitle() + " không tổng hợp từ báo cáo của tuyến dưới",
						"Report " + obligation.requirementId() + " does not consolidate reports from below"));
			ConsolidatedReport report = ConsolidatedReport.of(below, introduction);
			IndicatorTemplate.check(obligation.indicators(), report.indicators());
			obligation.submit(report.narrative(), report.indicators(), List.of(), Actor.of(caller), this.clock.instant());
		});
	}

}
