package vn.health.reporting.obligation;

import java.util.List;
import java.util.Map;

import vn.health.contracts.plan.Indicator;
import vn.health.servicekit.web.InputErrors;

/**
 * Mẫu chỉ tiêu — a submission's figures against the requirement's indicator template: exactly the template's codes,
 * each once. A requirement without a template (narrative only, or a plan from before templates) takes figures under
 * any name, as before.
 */
public final class IndicatorTemplate {

	private IndicatorTemplate() {
	}

	/** 400 with a field per figure that is unknown or missing; nothing when they fit. */
	public static void check(List<Indicator> template, Map<String, Double> values) {
		if (template.isEmpty()) {
			return;
		}
		InputErrors errors = new InputErrors();
		List<String> codes = template.stream().map(Indicator::code).toList();
		values.keySet()
			.forEach((code) -> errors.check(codes.contains(code), "indicators." + code,
					"Chỉ tiêu " + code + " không có trong mẫu báo cáo; các mã hợp lệ: " + String.join(", ", codes),
					"Indicator " + code + " is not in the report's template; valid codes: " + String.join(", ", codes)));
		template.forEach((indicator) -> errors.check(values.containsKey(indicator.code()),
				"indicators." + indicator.code(),
				"Thiếu chỉ tiêu \u201c" + indicator.name() + "\u201d (" + indicator.unit() + ")",
				"Indicator " + indicator.code() + " (" + indicator.name() + ") is missing"));
		errors.throwIfAny();
	}

}
