package vn.health.reporting.submission;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.TreeMap;

import vn.health.reporting.obligation.Obligation;
import vn.health.reporting.obligation.Submission;
import vn.health.servicekit.web.ConflictException;
import vn.health.servicekit.web.InputErrors;

/**
 * Gửi lại an toàn — the {@value #HEADER} header: a client that lost the answer to a submission sends it again with
 * the same key and gets the original result instead of a 409; the same key with another body is refused. The key
 * and a fingerprint of the body are kept with the submitted version, in the obligation's own document.
 */
final class RetriedSubmissions {

	static final String HEADER = "Idempotency-Key";

	private static final int MAX_KEY = 200;

	private RetriedSubmissions() {
	}

	/** The key and the body's fingerprint, or {@code null} without a key; a bad key is a field problem. */
	static Submission.RequestKey keyOf(String header, ReportSubmission report, InputErrors errors) {
		if (header == null) {
			return null;
		}
		errors.check(!header.isBlank() && header.length() <= MAX_KEY && header.chars().allMatch((c) -> c > 32 && c < 127),
				HEADER, "Idempotency-Key phải có từ 1 đến " + MAX_KEY + " ký tự ASCII, không có khoảng trắng",
				"Idempotency-Key must have 1 to " + MAX_KEY + " printable ASCII characters");
		return new Submission.RequestKey(header, fingerprint(report));
	}

	/**
	 * The obligation as it stands when {@code key} was already used on it with the same body (a retry); empty when
	 * the key is new; 409 when the key came with another body.
	 */
	static Optional<Obligation> replayed(Obligation obligation, Submission.RequestKey key) {
		if (key == null) {
			return Optional.empty();
		}
		return obligation.submissions()
			.stream()
			.filter((submission) -> submission.requestKey() != null && submission.requestKey().key().equals(key.key()))
			.findFirst()
			.map((original) -> {
				if (!original.requestKey().fingerprint().equals(key.fingerprint())) {
					throw new ConflictException(
							"Idempotency-Key " + key.key() + " đã được dùng cho bản báo cáo số " + original.version()
									+ " với nội dung khác; hãy dùng khóa mới cho báo cáo mới",
							"Idempotency-Key " + key.key() + " was already used for version " + original.version()
									+ " with a different body; use a new key for a new report");
				}
				return obligation;
			});
	}

	private static String fingerprint(ReportSubmission report) {
		String canonical = report.narrative() + '\u0000' + new TreeMap<>(report.indicators()) + '\u0000'
				+ report.attachments();
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every JVM has SHA-256", ex);
		}
	}

}
