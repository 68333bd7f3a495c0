package vn.health.console.reports;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import vn.health.console.api.ApiProblem;
import vn.health.console.api.Obligation;

import org.springframework.util.MultiValueMap;

/**
 * The submit form as the user filled it in: kept as typed, so a refused form comes back unchanged with the
 * problem next to each field. Indicator fields are named {@code chi-so.<code>}; figures may use a decimal comma.
 */
public final class SubmissionForm {

	static final String INDICATOR_PREFIX = "chi-so.";

	private final String key;

	private final String narrative;

	private final Map<String, String> values;

	private final Map<String, String> errors = new LinkedHashMap<>();

	private SubmissionForm(String key, String narrative, Map<String, String> values) {
		this.key = key;
		this.narrative = narrative;
		this.values = values;
	}

	/** An empty form with a fresh idempotency key: submitting it twice is one submission. */
	static SubmissionForm blank() {
		return new SubmissionForm(UUID.randomUUID().toString(), "", Map.of());
	}

	static SubmissionForm read(MultiValueMap<String, String> fields) {
		Map<String, String> values = new LinkedHashMap<>();
		fields.forEach((name, value) -> {
			if (name.startsWith(INDICATOR_PREFIX) && !value.isEmpty()) {
				values.put(name.substring(INDICATOR_PREFIX.length()), value.getFirst().trim());
			}
		});
		String key = fields.getFirst("key");
		return new SubmissionForm((key == null || key.isBlank()) ? UUID.randomUUID().toString() : key,
				String.valueOf(fields.getOrDefault("narrative", java.util.List.of("")).getFirst()), values);
	}

	/** Checks what the console can check itself, against the requirement's indicator template. */
	boolean check(Obligation obligation) {
		if (this.narrative.isBlank()) {
			this.errors.put("narrative", "Nội dung báo cáo là bắt buộc");
		}
		for (Obligation.Indicator indicator : obligation.indicators()) {
			String raw = this.values.getOrDefault(indicator.code(), "");
			if (raw.isBlank()) {
				this.errors.put(indicator.code(), "Cần nhập số liệu cho chỉ số này");
			}
			else if (parse(raw) == null) {
				this.errors.put(indicator.code(), "Số liệu phải là số không âm, ví dụ 12 hoặc 12,5");
			}
		}
		return this.errors.isEmpty();
	}

	/** The API refused: its field problems go next to the fields, the rest on top of the form. */
	void refusedBy(ApiProblem problem) {
		problem.fieldErrors().forEach((error) -> {
			String field = error.field().startsWith("indicators.") ? error.field().substring("indicators.".length())
					: error.field();
			this.errors.merge(field, error.message(), (a, b) -> a + "; " + b);
		});
	}

	Map<String, Double> indicators() {
		Map<String, Double> figures = new LinkedHashMap<>();
		this.values.forEach((code, raw) -> {
			Double value = parse(raw);
			if (value != null) {
				figures.put(code, value);
			}
		});
		return figures;
	}

	private static Double parse(String raw) {
		String normalized = raw.replace(" ", "").replace(".", "").replace(',', '.');
		try {
			double value = Double.parseDouble(normalized);
			return (value >= 0 && Double.isFinite(value)) ? value : null;
		}
		catch (NumberFormatException notANumber) {
			return null;
		}
	}

	public String key() {
		return this.key;
	}

	public String narrative() {
		return this.narrative;
	}

	public String value(String code) {
		return this.values.getOrDefault(code, "");
	}

	public String error(String field) {
		return this.errors.get(field);
	}

	public Map<String, String> errors() {
		return this.errors;
	}

}
