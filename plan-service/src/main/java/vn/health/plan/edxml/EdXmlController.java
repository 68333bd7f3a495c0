package vn.health.plan.edxml;

import java.io.IOException;
import java.io.InputStream;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.health.plan.importer.UnreadableDocument;
import vn.health.servicekit.web.InputErrors;
import vn.health.servicekit.web.Problems;

/** Nhận văn bản điện tử — {@code POST /api/integration/edxml}: a package in, a draft plan out, nothing but its receipt stored. */
@RestController
class EdXmlController {

	private static final String PATH = "/api/integration/edxml";

	private final EdXmlImport imports;

	EdXmlController(EdXmlImport imports) {
		this.imports = imports;
	}

	@PostMapping(path = PATH, consumes = { MediaType.APPLICATION_XML_VALUE, MediaType.TEXT_XML_VALUE })
	EdXmlImportResult receive(InputStream body) {
		return this.imports.receive(EdXmlReader.read(body));
	}

	@PostMapping(path = PATH, consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	EdXmlImportResult receive(@RequestParam(name = "file", required = false) MultipartFile file) throws IOException {
		new InputErrors().check(file != null, "file", "Chưa chọn gói tin edXML (trường \"file\")",
				"An edXML package is required (multipart field \"file\")").throwIfAny();
		if (file.getSize() > EdXmlReader.MAX_BYTES) {
			throw new OversizePackage();
		}
		try (InputStream in = file.getInputStream()) {
			return this.imports.receive(EdXmlReader.read(in));
		}
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
