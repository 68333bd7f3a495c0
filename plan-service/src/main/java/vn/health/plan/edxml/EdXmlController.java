package vn.health.plan.edxml;

import java.io.IOException;
import java.io.InputStream;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.health.plan.importer.UnreadableDocument;
import vn.health.plan.plan.PlanManagement;
import vn.health.servicekit.security.Caller;
import vn.health.servicekit.security.Role;
import vn.health.servicekit.web.InputErrors;
import vn.health.servicekit.web.Problems;

/**
 * Văn bản điện tử — {@code POST /api/integration/edxml}: a package in, a draft plan out, nothing but its
 * receipt stored; {@code GET /api/plans/{id}/edxml}: an issued plan out as a package.
 */
@RestController
class EdXmlController {

	private static final String PATH = "/api/integration/edxml";

	private final EdXmlImport imports;

	private final EdXmlExport exports;

	private final PlanManagement plans;

	EdXmlController(EdXmlImport imports, EdXmlExport exports, PlanManagement plans) {
		this.imports = imports;
		this.exports = exports;
		this.plans = plans;
	}

	/** Packages come from the LGSP (a machine client, INTEGRATION) or are uploaded by the Sở's administrators. */
	private static void mayDeliver(Caller caller) {
		caller.requireAny(Role.INTEGRATION, Role.PROVINCE_ADMIN);
	}

	@PostMapping(path = PATH, consumes = { MediaType.APPLICATION_XML_VALUE, MediaType.TEXT_XML_VALUE })
	EdXmlImportResult receive(InputStream body, Caller caller) {
		mayDeliver(caller);
		return this.imports.receive(EdXmlReader.read(body));
	}

	@PostMapping(path = PATH, consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	EdXmlImportResult receive(@RequestParam(name = "file", required = false) MultipartFile file, Caller caller)
			throws IOException {
		mayDeliver(caller);
		new InputErrors().check(file != null, "file", "Chưa chọn gói tin edXML (trường \"file\")",
				"An edXML package is required (multipart field \"file\")").throwIfAny();
		if (file.getSize() > EdXmlReader.MAX_BYTES) {
			throw new OversizePackage();
		}
		try (InputStream in = file.getInputStream()) {
			return this.imports.receive(EdXmlReader.read(in));
		}
	}

	/** Gửi kế hoạch — an issued plan as an edXML package, offered as a file to save or pass to the LGSP. */
	@GetMapping("/api/plans/{id}/edxml")
	ResponseEntity<byte[]> export(@PathVariable String id, Caller caller) {
		EdXmlExport.Exported exported = this.exports.export(this.plans.get(id, caller));
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(exported.fileName()).build().toString())
			.contentType(MediaType.APPLICATION_XML)
			.body(exported.xml());
	}

	@ExceptionHandler(UnexportablePlan.class)
	ProblemDetail unexportable(UnexportablePlan ex) {
		return ex.problem();
	}

	@ExceptionHandler(OversizePackage.class)
	ProblemDetail oversize(OversizePackage ex) {
		return Problems.of(HttpStatus.CONTENT_TOO_LARGE, "too-large", "Gói tin quá lớn / Package too large",
				ex.messageVi() + " / " + ex.getMessage());
	}

	@ExceptionHandler(UnreadableDocument.class)
	ProblemDetail unreadableAttachment(UnreadableDocument ex) {
		ProblemDetail problem = Problems.of(HttpStatus.valueOf(ex.reason().status()), "unreadable-document",
				"Không đọc được tệp đính kèm / Unreadable attachment",
				"Tệp đính kèm: " + ex.messageVi() + " / Attachment: " + ex.getMessage());
		problem.setProperty("reason", ex.reason());
		return problem;
	}

}
