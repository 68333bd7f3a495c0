package vn.health.reporting.consolidation;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** JSON unless the client asks for the spreadsheet, as Boot's error controller does for HTML. */
@RestController
class ConsolidationController {

	private final Consolidations consolidations;

	ConsolidationController(Consolidations consolidations) {
		this.consolidations = consolidations;
	}

	@GetMapping("/api/reports/consolidated")
	Consolidation consolidated(@RequestParam(required = false) String plan,
			@RequestParam(required = false) String requirement, @RequestParam(required = false) String period) {
		return this.consolidations.of(plan, requirement, period);
	}

	@GetMapping(path = "/api/reports/consolidated", produces = ConsolidationWorkbook.MEDIA_TYPE)
	ResponseEntity<byte[]> workbook(@RequestParam(required = false) String plan,
			@RequestParam(required = false) String requirement, @RequestParam(required = false) String period) {
		Consolidation consolidation = this.consolidations.of(plan, requirement, period);
		ContentDisposition attachment = ContentDisposition.attachment()
			.filename("bao-cao-tong-hop-" + consolidation.planId() + ".xlsx")
			.build();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(ConsolidationWorkbook.MEDIA_TYPE))
			.header(HttpHeaders.CONTENT_DISPOSITION, attachment.toString())
			.body(ConsolidationWorkbook.of(consolidation));
	}

}
