package vn.health.reporting.review;

import java.time.Clock;

import org.springframework.stereotype.Service;

import vn.health.reporting.obligation.Actor;
import vn.health.reporting.obligation.Obligation;
import vn.health.reporting.obligation.ObligationAccess;
import vn.health.reporting.obligation.Obligations;
import vn.health.reporting.obligation.ReviewDecision;
import vn.health.servicekit.security.Caller;
import vn.health.servicekit.web.InputErrors;

/** Duyệt báo cáo — the recipient unit accepts the latest submission or returns it with a reason. */
@Service
class Reviews {

	private final Obligations obligations;

	private final ObligationAccess access;

	private final Clock clock;

	Reviews(Obligations obligations, ObligationAccess access, Clock clock) {
		this.obligations = obligations;
		this.access = access;
		this.clock = clock;
	}

	/**
	 * 400 for bad input, 404 for an unknown obligation, 403 for a unit other than the recipient, 409 when
	 * nothing awaits review (including the second of two concurrent reviews).
	 */
	Obligation review(String obligationId, Caller caller, ReviewRequest request) {
		InputErrors errors = new InputErrors();
		boolean reasoned = request.reason() != null && !request.reason().isBlank();
		errors.check(request.decision() != null, "decision", "Kết quả duyệt là bắt buộc (ACCEPT hoặc RETURN)",
				"decision is required (ACCEPT or RETURN)")
			.check(request.decision() != ReviewDecision.RETURN || reasoned, "reason", "Trả lại báo cáo phải nêu lý do",
					"a returned report needs a reason")
			.check(request.reason() == null || request.reason().length() <= 2000, "reason",
					"Lý do dài quá 2000 ký tự", "reason is longer than 2000 characters")
			.throwIfAny();
		return this.obligations.change(obligationId, (obligation) -> {
			this.access.requireRecipient(caller, obligation);
			obligation.review(request.decision(), request.reason(), Actor.of(caller), this.clock.instant());
		});
	}

	/** Ý kiến duyệt as sent: {@code ACCEPT} or {@code RETURN}, and the reason (required to return). */
	record ReviewRequest(ReviewDecision decision, String reason) {

	}

}
