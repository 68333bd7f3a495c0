package vn.health.plan.plan;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import vn.health.contracts.plan.PlanKind;
import vn.health.contracts.plan.PlanPeriod;
import vn.health.plan.directory.Directory;
import vn.health.servicekit.web.InputErrors;

/**
 * The rules a draft must meet to be stored at all — formats, known units, unique ids and numbers, consistent
 * chains — each reported with its field path in Vietnamese and English. What only binding units needs (deadlines,
 * recipients, who acts) is checked when the plan is issued or amended ({@link PlanCompleteness}).
 */
@Component
class PlanDraftValidation {

	/**
	 * Số, ký hiệu (Nghị định 30/2020/NĐ-CP): number, slash, type and issuer abbreviations, e.g.
	 * {@code 91/KH-SYT}; the number may be blank on a draft ({@code /KH-SYT}).
	 */
	private static final Pattern NUMBER = Pattern.compile("\\d*/[\\p{Lu}Đ0-9]+(-[\\p{Lu}Đ0-9]+)+");

	/** Any document reference: {@code 128/QĐ-BYT}, {@code 202/2025/QH15}, {@code 21-NQ/TW}. */
	private static final Pattern REFERENCE = Pattern.compile("[^\\s/]*/\\S+");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private static final Pattern PHONE = Pattern.compile("[0-9 .+()-]{6,20}");

	private static final int MAX_SECTION_DEPTH = 4;

	private final Directory directory;

	private final PlanRepository plans;

	PlanDraftValidation(Directory directory, PlanRepository plans) {
		this.directory = directory;
		this.plans = plans;
	}

	/** Checks {@code draft} as the content of plan {@code planId} ({@code null} for a new plan). */
	void check(PlanDraft draft, String planId) {
		InputErrors errors = new InputErrors()
			.requireText(draft.title(), "title", "Tên kế hoạch không được để trống", "title is required")
			.check(draft.number() == null || draft.number().isBlank() || NUMBER.matcher(draft.number().strip()).matches(),
					"number", "Số, ký hiệu không đúng dạng (ví dụ 91/KH-SYT)", "number must look like 91/KH-SYT")
			.check(draft.year() != null && draft.year() >= 2000 && draft.year() <= 2100, "year",
					"Năm kế hoạch phải từ 2000 đến 2100", "year must be between 2000 and 2100");
		checkUnit(draft.issuerUnitId(), "issuerUnitId", errors);
		checkPeriod(draft, errors);
		checkDate(draft.date(), errors);
		each(draft.legalBases(), "legalBases", errors, (basis, at) -> errors
			.requireText(basis.title(), at + "title", "Căn cứ cần có trích yếu", "title is required")
			.check(basis.number() == null || REFERENCE.matcher(basis.number().strip()).matches(), at + "number",
					"Số hiệu văn bản không đúng dạng (ví dụ 128/QĐ-BYT)", "number must look like 128/QĐ-BYT")
			.check(basis.planId() == null || this.plans.existsById(basis.planId()), at + "planId",
					"Không có kế hoạch mã " + basis.planId(), "No plan with id " + basis.planId()));
		checkSections(draft.sections(), "sections", 1, errors);
		each(draft.assignments(), "assignments", errors, (task, at) -> {
			errors.requireText(task.assignee(), at + "assignee", "Chưa ghi đơn vị được phân công", "assignee is required")
				.requireText(task.task(), at + "task", "Chưa ghi nhiệm vụ", "task is required");
			errors.check(task.unitIds() == null || task.unitIds().stream().allMatch((id) -> id != null && !id.isBlank()),
					at + "unitIds", "Mã đơn vị được phân công không được để trống", "unit ids must not be blank")
				.check(task.unitTypes() == null || task.unitTypes().stream().allMatch(Objects::nonNull),
						at + "unitTypes", "Loại đơn vị không được để trống", "unit types must not be null");
			if (task.unitIds() != null) {
				task.unitIds().forEach((id) -> checkUnit(id, at + "unitIds", errors));
			}
		});
		each(draft.themes(), "themes", errors, (theme, at) -> errors
			.requireText(theme.name(), at + "name", "Chưa ghi tên chủ đề", "name is required")
			.requireText(theme.timing(), at + "timing", "Chưa ghi thời điểm", "timing is required"));
		each(draft.recipients(), "recipients", errors, (recipient, at) -> {
			errors.requireText(recipient.name(), at + "name", "Chưa ghi nơi nhận", "name is required");
			checkUnit(recipient.unitId(), at + "unitId", errors);
		});
		each(draft.contacts(), "contacts", errors, (contact, at) -> errors
			.requireText(contact.name(), at + "name", "Chưa ghi tên người liên hệ", "name is required")
			.check(contact.email() == null || EMAIL.matcher(contact.email()).matches(), at + "email",
					"Địa chỉ e-mail không hợp lệ", "email is not a valid address")
			.check(contact.phone() == null || PHONE.matcher(contact.phone()).matches(), at + "phone",
					"Số điện thoại không hợp lệ", "phone is not a valid number"));
		ReportingRegimeValidation.check(draft, errors, this.directory);
		ReportingRegimeValidation.checkAlertLadder(draft.alertLadder(), errors);
		if (!errors.hasProblemAt("number") && !errors.hasProblemAt("year") && draft.number() != null) {
			checkNumberIsFree(draft.issuerUnitId(), draft.year(), draft.number().strip(), planId, errors);
		}
		errors.throwIfAny();
	}

	/** At issue time too: another plan may have taken the number since the draft was saved. */
	void checkNumberIsFree(PlanContent content, String planId) {
		InputErrors errors = new InputErrors();
		checkNumberIsFree(content.issuerUnitId(), content.year(), content.number(), planId, errors);
		errors.throwIfAny();
	}

	private void checkNumberIsFree(String issuerUnitId, int year, String number, String planId, InputErrors errors) {
		// Drafts without a number (/KH-SYT) or without an issuer cannot collide.
		if (issuerUnitId != null && !issuerUnitId.isBlank() && number.matches("\\d+/.*")) {
			errors.check(!this.plans.numberTaken(issuerUnitId.strip(), year, number, planId), "number",
					"Số " + number + " đã được dùng cho một kế hoạch khác của cùng đơn vị trong năm " + year,
					"Number " + number + " is already used by another plan of the same issuer in " + year);
		}
	}

	private static void checkPeriod(PlanDraft draft, InputErrors errors) {
		PlanPeriod period = draft.period();
		if (period == null) {
			errors.check(draft.kind() == null || draft.kind() == PlanKind.YEARLY, "period",
					"Kế hoạch không theo năm cần có thời gian thực hiện", "period is required unless the plan is yearly");
			return;
		}
		errors.check(period.from() != null && period.to() != null && !period.from().isAfter(period.to()), "period",
				"Thời gian thực hiện cần ngày bắt đầu không sau ngày kết thúc", "period needs from on or before to");
		if (period.from() != null && draft.year() != null) {
			errors.check(period.from().getYear() == draft.year(), "period.from",
					"Thời gian thực hiện phải bắt đầu trong năm kế hoạch " + draft.year(),
					"period must start in the plan year " + draft.year());
		}
	}

	private static void checkDate(DocumentDate date, InputErrors errors) {
		if (date == null) {
			return;
		}
		errors.check(date.year() != null && date.year() >= 2000 && date.year() <= 2100, "date.year",
				"Năm ban hành phải từ 2000 đến 2100", "date.year must be between 2000 and 2100")
			.check(date.day() == null || date.month() != null, "date.month", "Có ngày thì phải có tháng",
					"date.month is required with a day");
		if (!errors.hasProblemAt("date.year") && date.month() != null) {
			try {
				LocalDate.of(date.year(), date.month(), (date.day() != null) ? date.day() : 1);
			}
			catch (DateTimeException ex) {
				errors.check(false, "date", "Ngày ban hành không có thật", "date is not a real date");
			}
		}
	}

	private static void checkSections(List<Section> sections, String path, int depth, InputErrors errors) {
		each(sections, path, errors, (section, at) -> {
			errors.check(section.heading() != null && !section.heading().isBlank()
					|| section.text() != null && !section.text().isBlank(), at + "text",
					"Mục cần có tiêu đề hoặc nội dung", "heading or text is required")
				.check(depth < MAX_SECTION_DEPTH || section.subsections().isEmpty(), at + "subsections",
						"Tối đa " + MAX_SECTION_DEPTH + " cấp mục", "at most " + MAX_SECTION_DEPTH + " levels of sections");
			if (depth < MAX_SECTION_DEPTH) {
				checkSections(section.subsections(), at + "subsections", depth + 1, errors);
			}
		});
	}

	private void checkUnit(String id, String field, InputErrors errors) {
		if (id != null && !id.isBlank()) {
			errors.check(this.directory.unknown(List.of(id)).isEmpty(), field, "Không có đơn vị mã " + id,
					"Unknown unit id: " + id);
		}
	}

	/** Runs {@code check} on each element with its path prefix ({@code themes[3].}); a null element is a problem. */
	private static <T> void each(List<T> elements, String path, InputErrors errors, BiConsumer<T, String> check) {
		if (elements == null) {
			return;
		}
		for (int i = 0; i < elements.size(); i++) {
			T element = elements.get(i);
			errors.check(element != null, path + "[" + i + "]", "Phần tử trống", "element is empty");
			if (element != null) {
				check.accept(element, path + "[" + i + "].");
			}
		}
	}

}
