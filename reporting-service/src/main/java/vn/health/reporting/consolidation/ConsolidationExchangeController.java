package vn.health.reporting.consolidation;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.health.reporting.obligation.ObligationAccess;
import vn.health.servicekit.lgsp.LgspSend;
import vn.health.servicekit.lgsp.LgspSendStatus;
import vn.health.servicekit.lgsp.LgspSends;
import vn.health.servicekit.security.Caller;
import vn.health.servicekit.security.Role;
import vn.health.servicekit.web.NotFoundException;

/**
 * Gửi báo cáo tổng hợp — {@code GET /api/reports/consolidated/edxml}: the consolidation as an edXML package, for
 * whoever may read it; {@code POST /api/reports/consolidated/lgsp-sends} queues that package to the LGSP (202),
 * {@code GET …/lgsp-sends} and {@code GET …/lgsp-sends/{sendId}} say how the sends went. Sending and its status are
 * for the Sở's administrators and the LGSP's machine client (INTEGRATION).
 */
@RestController
class ConsolidationExchangeController {

	private static final String SENDS = "/api/reports/consolidated/lgsp-sends";

	private static final MediaType XML = new MediaType(MediaType.APPLICATION_XML, StandardCharsets.UTF_8);

	private final Consolidations consolidations;

	private final ObligationAccess access;

	private final ConsolidationPackage packages;

	private final ObjectProvider<LgspSends> sends;

	ConsolidationExchangeController(Consolidations consolidations, ObligationAccess access,
			ConsolidationPackage packages, ObjectProvider<LgspSends> sends) {
		this.consolidations = consolidations;
		this.access = access;
		this.packages = packages;
		this.sends = sends;
	}

	@GetMapping("/api/reports/consolidated/edxml")
	ResponseEntity<byte[]> edxml(@RequestParam(required = false) String plan,
			@RequestParam(required = false) String requirement, @RequestParam(required = false) String period,
			Caller caller) {
		ConsolidationPackage.Packaged packaged = this.packages.of(readable(plan, requirement, period, caller));
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(packaged.fileName()).build().toString())
			.contentType(XML)
			.body(packaged.xml());
	}

	@PostMapping(SENDS)
	ResponseEntity<LgspSendStatus> queue(@RequestParam(required = false) String plan,
			@RequestParam(required = false) String requirement, @RequestParam(required = false) String period,
			Caller caller) {
		mayUseTheLgsp(caller);
		LgspSends lgsp = LgspSends.required(this.sends);
		Consolidation consolidation = readable(plan, requirement, period, caller);
		ConsolidationPackage.Packaged packaged = this.packages.of(consolidation);
		LgspSendStatus queued = lgsp.queue(LgspSend.Kind.REPORT, subject(consolidation), XML,
				new String(packaged.xml(), StandardCharsets.UTF_8), caller.subject());
		return ResponseEntity.accepted().location(URI.create(SENDS + "/" + queued.id())).body(queued);
	}

	@GetMapping(SENDS)
	List<LgspSendStatus> sends(@RequestParam(required = false) String plan,
			@RequestParam(required = false) String requirement, @RequestParam(required = false) String period,
			Caller caller) {
		mayUseTheLgsp(caller);
		LgspSends lgsp = LgspSends.required(this.sends);
		return lgsp.statusOf(subject(readable(plan, requirement, period, caller)));
	}

	@GetMapping(SENDS + "/{sendId}")
	LgspSendStatus send(@PathVariable String sendId, Caller caller) {
		mayUseTheLgsp(caller);
		return LgspSends.required(this.sends)
			.status(sendId)
			.orElseThrow(() -> new NotFoundException("Không có lần gửi LGSP mã " + sendId, "No LGSP send with id " + sendId));
	}

	private Consolidation readable(String plan, String requirement, String period, Caller caller) {
		Consolidation consolidation = this.consolidations.of(plan, requirement, period);
		this.access.checkRead(caller, consolidation.recipientUnitId());
		return consolidation;
	}

	private static void mayUseTheLgsp(Caller caller) {
		caller.requireAny(Role.PROVINCE_ADMIN, Role.INTEGRATION);
	}

	private static String subject(Consolidation consolidation) {
		return "report:" + consolidation.planId() + ":" + consolidation.requirementId();
	}

}
