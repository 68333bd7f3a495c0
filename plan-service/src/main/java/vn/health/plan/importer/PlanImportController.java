package vn.health.plan.importer;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.health.servicekit.security.Caller;
import vn.health.servicekit.security.Role;
import vn.health.servicekit.web.InputErrors;
import vn.health.servicekit.web.Problems;

/** Nhập kế hoạch từ tệp — {@code POST /api/plans/import}: reads the upload, stores nothing. */
@RestController
class PlanImportController {

	private final PlanImport imports;

	PlanImportController(PlanImport imports) {
		this.imports = imports;
	}

	@PostMapping(path = "/api/plans/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ImportResult importPlan(@RequestParam(name = "file", required = false) MultipartFile file, Caller caller) {
		caller.requireAny(Role.PROVINCE_ADMIN);
		new InputErrors().check(file != null, "file", "Chưa chọn tệp kế hoạch (trường \"file\")",
				"A plan file is required (multipart field \"file\")").throwIfAny();
		try {
			return this.imports.read(file.getOriginalFilename(), file.getContentType(), file.getBytes());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@ExceptionHandler(UnreadableDocument.class)
	ProblemDetail unreadable(UnreadableDocument ex) {
		ProblemDetail problem = Problems.of(HttpStatus.valueOf(ex.reason().status()), "unreadable-document",
				"Không đọc được tệp / Unreadable document", ex.messageVi() + " / " + ex.getMessage());
		problem.setProperty("reason", ex.reason());
		return problem;
	}

}
