package vn.health.reporting.consolidation;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** JSON unless the client asks for the spreadsheet, as Boot's error controller does for HTML. */
import vn.health.reporting.obligation.ObligationAccess;
import vn.health.servicekit.security.Caller;

@RestController
class ConsolidationController {

	private final Consolidations consolidations;

	private final ObligationAccess access;

	ConsolidationController(Consolidations consolidations, ObligationAccess access) {
		this.consolidations = consolidations;
		this.access = access;
	}

	@GetMapping("/api/reports/consolidated")
	Consolidation consolidated(@RequestParam(required = false) String plan,
			@RequestParam(required = false) String requirement, @RequestParam(required = false) String period,
			Caller caller) {
		return readable(this.consolidations.of(plan, requirement, period), caller);
	}

	@GetMapping(path = "/api/reports/consolidated", produces = ConsolidationWorkbook.MEDIA_TYPE)
	ResponseEntity<byte[]> workbook(@RequestParam(required = false) String plan,
			@RequestParam(required = false) String requirement, @RequestParam(required = false) String period,
			Caller caller) {
		Consolidation consolidation = readable(this.consolidations.of(plan, requirement, period), caller);
		ContentDisposition attachment = ContentDisposition.attachment()
			.filename("bao-cao-tong-hop-" + consolidation.planId() + ".xlsx")
			.build();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(ConsolidationWorkbook.MEDIA_TYPE))
			.header(HttpHeaders.CONTENT_DISPOSITION, attachment.toString())
			.body(ConsolidationWorkbook.of(consolidation));
	}

	/** The consolidation is the recipient unit's: its readers (and those above it) may see it. */
	private Consolidation readable(Consolidation consolidation, Caller caller) {
		this.access.checkRead(caller, consolidation.recipientUnitId());
		return consolidation;
	}

}
