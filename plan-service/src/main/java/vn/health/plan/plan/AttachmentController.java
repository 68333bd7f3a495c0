package vn.health.plan.plan;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.core.io.InputStreamResource;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.health.servicekit.security.Caller;
import vn.health.servicekit.web.Problems;

@RestController
@RequestMapping("/api/plans/{id}/attachments")
class AttachmentController {

	private final PlanAttachments attachments;

	private final PlanManagement plans;

	AttachmentController(PlanAttachments attachments, PlanManagement plans) {
		this.attachments = attachments;
		this.plans = plans;
	}

	/** 201 with the new attachment; 200 with the one already there when the same bytes come again. */
	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<Attachment> attach(@PathVariable String id,
			@RequestParam(name = "file", required = false) MultipartFile file,
			Caller caller) throws IOException {
		PlanAttachments.Attached attached = this.attachments.attach(id, file, PlanController.by(caller));
		if (!attached.created()) {
			return ResponseEntity.ok(attached.attachment());
		}
		return ResponseEntity.created(URI.create("/api/plans/" + id + "/attachments/" + attached.attachment().attachmentId()))
			.body(attached.attachment());
	}

	@GetMapping
	List<Attachment> list(@PathVariable String id, Caller caller) {
		return this.plans.get(id, caller).attachments();
	}

	/** The bytes as uploaded, with the checksum as ETag so a client can verify what it received. */
	@GetMapping("/{attachmentId}")
	ResponseEntity<InputStreamResource> download(@PathVariable String id, @PathVariable String attachmentId,
			Caller caller) {
		this.plans.get(id, caller);
		PlanAttachments.Download download = this.attachments.open(id, attachmentId);
		Attachment attachment = download.attachment();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(attachment.contentType()))
			.contentLength(attachment.size())
			.eTag("\"" + attachment.sha256() + "\"")
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(attachment.fileName(), StandardCharsets.UTF_8).build().toString())
			.body(new InputStreamResource(download.content()));
	}

	@ExceptionHandler(RefusedAttachment.class)
	ProblemDetail refused(RefusedAttachment ex) {
		ProblemDetail problem = Problems.of(HttpStatus.valueOf(ex.reason().status()), "refused-attachment",
				"Không nhận tệp đính kèm / Attachment refused", ex.messageVi() + " / " + ex.getMessage());
		problem.setProperty("reason", ex.reason());
		return problem;
	}

}
