package vn.health.plan.plan;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Optional;

import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.gridfs.model.GridFSUploadOptions;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

import vn.health.servicekit.web.InputErrors;
import vn.health.servicekit.web.NotFoundException;

/**
 * Tệp đính kèm của kế hoạch — stores a plan's files in GridFS (bucket {@code attachments}) and their description
 * in the plan. The bytes are written first and the plan second: a crash in between leaves an unreferenced file,
 * never a plan pointing at bytes that are not there.
 */
@Service
class PlanAttachments {

	private static final Logger log = LoggerFactory.getLogger(PlanAttachments.class);

	/** Enough to see a signature, and for text whether it is UTF-8. */
	private static final int HEAD = 8192;

	private final PlanRepository plans;

	private final GridFSBucket files;

	private final AttachmentSettings settings;

	private final Clock clock;

	PlanAttachments(PlanRepository plans, MongoTemplate mongo, AttachmentSettings settings, Clock clock) {
		this.plans = plans;
		this.files = GridFSBuckets.create(mongo.getDb(), "attachments");
		this.settings = settings;
		this.clock = clock;
	}

	/** Attaches {@code file}; the same bytes again answer the attachment already there (a retried upload). */
	Attached attach(String planId, MultipartFile file, String by) throws IOException {
		Plan plan = find(planId);
		String fileName = checked(file);
		AttachmentType type = recognised(file, fileName);
		String sha256 = sha256(file);
		Optional<Attachment> existing = plan.attachmentWithChecksum(sha256);
		if (existing.isPresent()) {
			return new Attached(plan, existing.get(), false);
		}
		plan.checkCanAttach(this.settings.maxPerPlan());
		ObjectId stored;
		try (InputStream in = file.getInputStream()) {
			stored = this.files.uploadFromStream(fileName, in, new GridFSUploadOptions()
				.metadata(new Document("planId", planId).append("contentType", type.contentType()).append("sha256", sha256)));
		}
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
		Attachment attachment = new Attachment(stored.toHexString(), fileName, type.contentType(), file.getSize(),
				sha256, by, now);
		plan.attach(attachment, now);
		Plan saved = this.plans.save(plan);
		log.info("Plan {}: attached {} ({} bytes, {})", planId, fileName, file.getSize(), type.contentType());
		return new Attached(saved, attachment, true);
	}

	/** The file's description and its bytes, to be closed by the caller. */
	Download open(String planId, String attachmentId) {
		Attachment attachment = find(planId).attachments()
			.stream()
			.filter((candidate) -> candidate.attachmentId().equals(attachmentId))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Kế hoạch " + planId + " không có tệp đính kèm " + attachmentId,
					"Plan " + planId + " has no attachment " + attachmentId));
		return new Download(attachment, this.files.openDownloadStream(new ObjectId(attachmentId)));
	}

	Plan find(String planId) {
		return this.plans.findById(planId)
			.orElseThrow(() -> new NotFoundException("Không có kế hoạch mã " + planId, "No plan with id " + planId));
	}

	private String checked(MultipartFile file) {
		new InputErrors().check(file != null, "file", "Chưa chọn tệp (trường \"file\")",
				"A file is required (multipart field \"file\")").throwIfAny();
		String name = (file.getOriginalFilename() != null) ? file.getOriginalFilename().strip() : "";
		// Browsers on Windows may send the whole path; only the name is the user's.
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		new InputErrors().check(!name.isEmpty() && name.length() <= 255, "file",
				"Tệp cần có tên (tối đa 255 ký tự)", "The file needs a name (at most 255 characters)").throwIfAny();
		if (file.isEmpty()) {
			throw new RefusedAttachment(RefusedAttachment.Reason.EMPTY, "Tệp " + name + " rỗng", "File " + name + " is empty");
		}
		long max = this.settings.maxSize().toBytes();
		if (file.getSize() > max) {
			long megabytes = max / (1024 * 1024);
			throw new RefusedAttachment(RefusedAttachment.Reason.TOO_LARGE, "Tệp lớn hơn giới hạn " + megabytes + " MB",
					"The file is larger than the " + megabytes + " MB limit");
		}
		return name;
	}

	private static AttachmentType recognised(MultipartFile file, String fileName) throws IOException {
		byte[] head;
		try (InputStream in = file.getInputStream()) {
			head = in.readNBytes(HEAD);
		}
		return AttachmentType.recognise(fileName, head)
			.orElseThrow(() -> new RefusedAttachment(RefusedAttachment.Reason.UNSUPPORTED_TYPE,
					"Không nhận tệp " + fileName + ": chỉ nhận " + AttachmentType.allowedExtensions()
							+ ", với nội dung đúng loại của tên tệp",
					"File " + fileName + " is refused: only " + AttachmentType.allowedExtensions()
							+ " whose content matches the name's extension"));
	}

	private static String sha256(MultipartFile file) throws IOException {
		try (DigestInputStream in = new DigestInputStream(file.getInputStream(), MessageDigest.getInstance("SHA-256"))) {
			in.transferTo(OutputStream.nullOutputStream());
			return HexFormat.of().formatHex(in.getMessageDigest().digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every JDK has SHA-256", ex);
		}
	}

	/** An attachment and the plan as it is now; {@code created} is false when the same file was there already. */
	record Attached(Plan plan, Attachment attachment, boolean created) {

	}

	/** What a download sends: the description (type, name, size, checksum) and the bytes. */
	record Download(Attachment attachment, InputStream content) {

	}

}
