package vn.health.reporting.submission;

import java.util.List;
import java.util.Map;

import vn.health.servicekit.web.InputErrors;

/**
 * Nội dung báo cáo — what a unit sends: narrative, indicator values (name → non-negative number) and
 * references to attachments stored elsewhere.
 */
record ReportSubmission(String narrative, Map<String, Double> indicators, List<String> attachments) {

	static final int MAX_NARRATIVE = 20_000;

	static final int MAX_ATTACHMENTS = 20;

	ReportSubmission {
		indicators = (indicators != null) ? indicators : Map.of();
		attachments = (attachments != null) ? attachments : List.of();
	}

	InputErrors check(InputErrors errors) {
		errors.requireText(this.narrative, "narrative", "Nội dung báo cáo là bắt buộc", "narrative is required")
			.check(this.narrative == null || this.narrative.length() <= MAX_NARRATIVE, "narrative",
					"Nội dung báo cáo dài quá " + MAX_NARRATIVE + " ký tự",
					"narrative is longer than " + MAX_NARRATIVE + " characters");
		this.indicators.forEach((name, value) -> errors
			.check(!name.isBlank() && name.length() <= 200, "indicators",
					"Tên chỉ số phải có từ 1 đến 200 ký tự", "indicator names must have 1 to 200 characters")
			.check(value != null && value >= 0 && Double.isFinite(value), "indicators." + name,
					"Giá trị chỉ số phải là số không âm", "indicator value must be a non-negative number"));
		errors.check(this.attachments.size() <= MAX_ATTACHMENTS, "attachments",
				"Tối đa " + MAX_ATTACHMENTS + " tệp đính kèm", "at most " + MAX_ATTACHMENTS + " attachments");
		for (int i = 0; i < this.attachments.size(); i++) {
			String reference = this.attachments.get(i);
			errors.check(reference != null && !reference.isBlank() && reference.length() <= 500,
					"attachments[" + i + "]", "Tham chiếu tệp đính kèm phải có từ 1 đến 500 ký tự",
					"an attachment reference must have 1 to 500 characters");
		}
		return errors;
	}

}
