package vn.health.plan.edxml;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Service;

import vn.health.plan.plan.PlanManagement;
import vn.health.servicekit.lgsp.LgspSend;
import vn.health.servicekit.lgsp.LgspSendStatus;
import vn.health.servicekit.lgsp.LgspSends;
import vn.health.servicekit.security.Caller;
import vn.health.servicekit.web.NotFoundException;

/**
 * Gửi kế hoạch lên LGSP — queues an issued plan's edXML package (the same bytes {@code GET /api/plans/{id}/edxml}
 * gives) to the province's LGSP through service-kit's adapter; the sweep delivers it.
 */
@Service
class PlanLgspSends {

	private static final MediaType XML = new MediaType(MediaType.APPLICATION_XML, StandardCharsets.UTF_8);

	private final EdXmlExport exports;

	private final PlanManagement plans;

	private final ObjectProvider<LgspSends> sends;

	PlanLgspSends(EdXmlExport exports, PlanManagement plans, ObjectProvider<LgspSends> sends) {
		this.exports = exports;
		this.plans = plans;
		this.sends = sends;
	}

	/** Stored before anything is sent; an unknown, unissued or unexportable plan stores nothing. */
	LgspSendStatus queue(String planId, Caller caller) {
		LgspSends sends = sends();
		EdXmlExport.Exported exported = this.exports.export(this.plans.get(planId, caller));
		return sends.queue(LgspSend.Kind.DOCUMENT, subject(planId), XML,
				new String(exported.xml(), StandardCharsets.UTF_8), caller.subject());
	}

	List<LgspSendStatus> ofPlan(String planId, Caller caller) {
		LgspSends sends = sends();
		return sends.statusOf(subject(this.plans.get(planId, caller).id()));
	}

	LgspSendStatus get(String sendId) {
		return sends().status(sendId)
			.orElseThrow(() -> new NotFoundException("Không có lần gửi LGSP mã " + sendId, "No LGSP send with id " + sendId));
	}

	private LgspSends sends() {
		return LgspSends.required(this.sends);
	}

	private static String subject(String planId) {
		return "plan:" + planId;
	}

}
