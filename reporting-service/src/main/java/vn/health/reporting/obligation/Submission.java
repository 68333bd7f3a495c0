package vn.health.reporting.obligation;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lần nộp báo cáo — one version of a unit's report, kept for good once submitted.
 *
 * @param indicators stored as a list because Mongo field names cannot hold every indicator name
 * @param dueAt the deadline the submission was judged against (a later plan change may move it)
 * @param requestKey the client's {@code Idempotency-Key} and what it sent, {@code null} when it sent no key
 * @param submittedBy who sent it; {@code null} in versions stored before the person was kept (issue #8)
 */
public record Submission(int version, String narrative, List<IndicatorValue> indicators, List<String> attachments,
		Instant submittedAt, Instant dueAt, RequestKey requestKey, Actor submittedBy) {

	public Submission {
		indicators = List.copyOf(indicators);
		attachments = List.copyOf(attachments);
	}

	public boolean late() {
		return this.submittedAt.isAfter(this.dueAt);
	}

	/** How long after the deadline it came; zero when on time. */
	public Duration lateBy() {
		return late() ? Duration.between(this.dueAt, this.submittedAt) : Duration.ZERO;
	}

	public Map<String, Double> indicatorMap() {
		Map<String, Double> values = new LinkedHashMap<>();
		this.indicators.forEach((indicator) -> values.put(indicator.name(), indicator.value()));
		return values;
	}

	/**
	 * Khóa chống gửi trùng — a client's {@code Idempotency-Key} and a fingerprint of the body it came with, so a
	 * retried request is recognised and a different body under the same key is refused.
	 */
	public record RequestKey(String key, String fingerprint) {

	}

	/** Giá trị chỉ số — one reported number, e.g. "Số người được tiếp cận" = 15300. */
	public record IndicatorValue(String name, double value) {

	}

}
