package vn.health.plan.plan;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import vn.health.plan.directory.Directory;
import vn.health.servicekit.web.InputErrors;

/** The rules a draft must meet, each reported with its field path in Vietnamese and English. */
final class PlanDraftValidation {

	/**
	 * Số, ký hiệu (Nghị định 30/2020/NĐ-CP): number, slash, type and issuer abbreviations, e.g.
	 * {@code 91/KH-SYT}; the number may be blank on a draft ({@code /KH-SYT}).
	 */
	private static final Pattern NUMBER = Pattern.compile("\\d*/[\\p{Lu}Đ0-9]+(-[\\p{Lu}Đ0-9]+)+");

	private PlanDraftValidation() {
	}

	static void check(PlanDraft draft, Directory directory) {
		InputErrors errors = new InputErrors()
			.requireText(draft.title(), "title", "Tên kế hoạch không được để trống", "title is required")
			.check(draft.number() == null || draft.number().isBlank() || NUMBER.matcher(draft.number().strip()).matches(),
					"number", "Số, ký hiệu không đúng dạng (ví dụ 91/KH-SYT)", "number must look like 91/KH-SYT")
			.check(draft.year() != null && draft.year() >= 2000 && draft.year() <= 2100, "year",
					"Năm kế hoạch phải từ 2000 đến 2100", "year must be between 2000 and 2100")
			.check(draft.requirements() != null && !draft.requirements().isEmpty(), "requirements",
					"Kế hoạch cần ít nhất một yêu cầu báo cáo", "at least one reporting requirement is required");
		List<PlanDraft.Requirement> requirements = (draft.requirements() != null) ? draft.requirements() : List.of();
		for (int i = 0; i < requirements.size(); i++) {
			checkRequirement(requirements.get(i), "requirements[" + i + "].", draft.year(), errors, directory);
		}
		errors.throwIfAny();
	}

	private static void checkRequirement(PlanDraft.Requirement requirement, String at, Integer year,
			InputErrors errors, Directory directory) {
		if (requirement == null) {
			errors.check(false, at.substring(0, at.length() - 1), "Yêu cầu báo cáo trống", "requirement is empty");
			return;
		}
		errors.requireText(requirement.title(), at + "title", "Tên báo cáo không được để trống", "title is required")
			.check(requirement.dueDate() != null, at + "dueDate", "Chưa có hạn nộp (yyyy-MM-dd)",
					"dueDate is required (yyyy-MM-dd)")
			.check(requirement.dueRule() != null, at + "dueRule", "Chưa chọn cách tính hạn (BEFORE_DAY hoặc END_OF_DAY)",
					"dueRule is required (BEFORE_DAY or END_OF_DAY)")
			.requireText(requirement.recipientUnitId(), at + "recipientUnitId", "Chưa chọn đơn vị nhận báo cáo",
					"recipientUnitId is required");
		// A deadline outside the plan's year or the next is a typo like "15/6/2023" in a 2024 plan.
		if (requirement.dueDate() != null && year != null) {
			int dueYear = requirement.dueDate().getYear();
			errors.check(dueYear == year || dueYear == year + 1, at + "dueDate",
					"Hạn nộp " + requirement.dueDate() + " không thuộc năm kế hoạch " + year + " hoặc năm sau",
					"dueDate " + requirement.dueDate() + " is not in the plan year " + year + " or the next");
		}
		List<String> reporters = (requirement.reporterUnitIds() != null) ? requirement.reporterUnitIds() : List.of();
		errors.check(!reporters.isEmpty() && reporters.stream().allMatch((id) -> id != null && !id.isBlank()),
				at + "reporterUnitIds", "Cần ít nhất một đơn vị báo cáo, không để trống mã",
				"at least one reporter unit id is required, none blank");
		if (errors.hasProblemAt(at + "reporterUnitIds")) {
			return;
		}
		List<String> unknownReporters = directory.unknown(reporters);
		errors.check(unknownReporters.isEmpty(), at + "reporterUnitIds",
				"Không có đơn vị mã " + String.join(", ", unknownReporters),
				"Unknown unit id(s): " + String.join(", ", unknownReporters));
		if (requirement.recipientUnitId() != null && !requirement.recipientUnitId().isBlank()) {
			errors.check(directory.unknown(List.of(requirement.recipientUnitId())).isEmpty(), at + "recipientUnitId",
					"Không có đơn vị mã " + requirement.recipientUnitId(),
					"Unknown unit id: " + requirement.recipientUnitId())
				.check(reporters.stream().noneMatch((id) -> Objects.equals(id, requirement.recipientUnitId())),
						at + "reporterUnitIds", "Đơn vị nhận không thể tự báo cáo cho chính mình",
						"the recipient cannot also be a reporter");
		}
	}

}
