package vn.health.plan.plan;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import vn.health.contracts.directory.UnitType;
import vn.health.contracts.plan.AlertLadder;
import vn.health.contracts.plan.DueRule;
import vn.health.contracts.plan.Indicator;
import vn.health.plan.directory.Directory;
import vn.health.servicekit.web.InputErrors;

/** The rules of a draft's reporting regime (chế độ báo cáo): each requirement, then the chains between them. */
final class ReportingRegimeValidation {

	/** Part of every obligation id ({@code plan.requirement.unit}), so no dots. */
	private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,39}");

	/** An indicator code is a key in every submitted report and consolidation: short, no spaces. */
	private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,39}");

	private static final int MAX_INDICATORS = 100;

	/** A reminder more than a year ahead would go out before the plan exists. */
	private static final int MAX_REMINDER_DAYS = 366;

	private static final int MAX_ESCALATION_WORKING_DAYS = 60;

	private ReportingRegimeValidation() {
	}

	/** Reminders 0 (the due day itself) to 366 days before, each once; escalation after 1 to 60 working days. */
	static void checkAlertLadder(AlertLadder ladder, InputErrors errors) {
		if (ladder == null) {
			return;
		}
		List<Integer> days = ladder.reminderDaysBefore();
		Set<Integer> seen = new HashSet<>();
		for (int i = 0; i < days.size(); i++) {
			Integer day = days.get(i);
			String at = "alertLadder.reminderDaysBefore[" + i + "]";
			errors.check(day != null && day >= 0 && day <= MAX_REMINDER_DAYS, at,
					"Số ngày nhắc trước hạn phải từ 0 đến " + MAX_REMINDER_DAYS,
					"reminder days before must be between 0 and " + MAX_REMINDER_DAYS)
				.check(day == null || seen.add(day), at, "Mốc nhắc " + day + " ngày bị trùng",
						"reminder " + day + " days before is listed twice");
		}
		errors.check(ladder.escalationWorkingDays() >= 1 && ladder.escalationWorkingDays() <= MAX_ESCALATION_WORKING_DAYS,
				"alertLadder.escalationWorkingDays",
				"Số ngày làm việc trước khi báo cáo lên cấp trên phải từ 1 đến " + MAX_ESCALATION_WORKING_DAYS,
				"escalationWorkingDays must be between 1 and " + MAX_ESCALATION_WORKING_DAYS);
	}

	static void check(PlanDraft draft, InputErrors errors, Directory directory) {
		List<PlanDraft.Requirement> requirements = (draft.requirements() != null) ? draft.requirements() : List.of();
		Map<String, Integer> byId = new HashMap<>();
		List<String> ids = PlanContent.requirementIds(requirements);
		for (int i = 0; i < requirements.size(); i++) {
			String at = "requirements[" + i + "].";
			PlanDraft.Requirement requirement = requirements.get(i);
			if (requirement == null) {
				errors.check(false, "requirements[" + i + "]", "Yêu cầu báo cáo trống", "requirement is empty");
				continue;
			}
			checkRequirement(requirement, at, draft.year(), errors, directory);
			String id = ids.get(i);
			errors.check(ID.matcher(id).matches(), at + "requirementId",
					"Mã yêu cầu chỉ gồm chữ, số, '-' hoặc '_' (tối đa 40 ký tự)",
					"requirementId has letters, digits, '-' or '_' only (at most 40)")
				.check(byId.putIfAbsent(id, i) == null, at + "requirementId", "Mã yêu cầu " + id + " bị trùng",
						"requirementId " + id + " is used twice");
		}
		for (int i = 0; i < requirements.size(); i++) {
			PlanDraft.Requirement requirement = requirements.get(i);
			if (requirement != null && requirement.upstreamRequirementId() != null
					&& !requirement.upstreamRequirementId().isBlank()) {
				checkChain(requirements, i, byId, errors, directory);
			}
		}
	}

	private static void checkRequirement(PlanDraft.Requirement requirement, String at, Integer year, InputErrors errors,
			Directory directory) {
		// Deadline, due rule, recipient and reporters may wait until issue (PlanCompleteness); what is given must be right.
		errors.requireText(requirement.title(), at + "title", "Tên báo cáo không được để trống", "title is required");
		// A deadline outside the plan's year or the next is a typo like "15/6/2023" in a 2024 plan.
		if (requirement.dueDate() != null && year != null) {
			int dueYear = requirement.dueDate().getYear();
			errors.check(dueYear == year || dueYear == year + 1, at + "dueDate",
					"Hạn nộp " + requirement.dueDate() + " không thuộc năm kế hoạch " + year + " hoặc năm sau",
					"dueDate " + requirement.dueDate() + " is not in the plan year " + year + " or the next");
		}
		checkIndicators(requirement.indicators(), at + "indicators", errors);
		List<String> reporters = (requirement.reporterUnitIds() != null) ? requirement.reporterUnitIds() : List.of();
		List<UnitType> types = (requirement.reporterUnitTypes() != null) ? requirement.reporterUnitTypes() : List.of();
		errors.check(types.stream().allMatch(Objects::nonNull)
				&& reporters.stream().allMatch((id) -> id != null && !id.isBlank()), at + "reporterUnitIds",
				"Mã đơn vị và loại đơn vị báo cáo không được để trống", "reporter unit ids and unit types must not be blank");
		if (errors.hasProblemAt(at + "reporterUnitIds")) {
			return;
		}
		List<String> unknown = directory.unknown(reporters);
		errors.check(unknown.isEmpty(), at + "reporterUnitIds", "Không có đơn vị mã " + String.join(", ", unknown),
				"Unknown unit id(s): " + String.join(", ", unknown));
		if (requirement.recipientUnitId() != null && !requirement.recipientUnitId().isBlank()) {
			errors.check(directory.unknown(List.of(requirement.recipientUnitId())).isEmpty(), at + "recipientUnitId",
					"Đơn vị nhận báo cáo không có trong danh bạ: " + requirement.recipientUnitId(),
					"The recipient is not a unit in the directory: " + requirement.recipientUnitId())
				.check(reporters.stream().noneMatch((id) -> Objects.equals(id, requirement.recipientUnitId())),
						at + "reporterUnitIds", "Đơn vị nhận không thể tự báo cáo cho chính mình",
						"the recipient cannot also be a reporter");
		}
	}

	/** Each figure with a code unique in its requirement, a name and a unit of measure. */
	private static void checkIndicators(List<Indicator> indicators, String path, InputErrors errors) {
		if (indicators == null) {
			return;
		}
		errors.check(indicators.size() <= MAX_INDICATORS, path, "Tối đa " + MAX_INDICATORS + " chỉ tiêu mỗi báo cáo",
				"at most " + MAX_INDICATORS + " indicators per report");
		Set<String> codes = new HashSet<>();
		for (int i = 0; i < indicators.size(); i++) {
			Indicator indicator = indicators.get(i);
			String at = path + "[" + i + "]";
			if (indicator == null) {
				errors.check(false, at, "Chỉ tiêu trống", "indicator is empty");
				continue;
			}
			String code = (indicator.code() != null) ? indicator.code().strip() : null;
			errors.check(code != null && CODE.matcher(code).matches(), at + ".code",
					"Mã chỉ tiêu gồm chữ, số, '-', '_' hoặc '.', không dấu cách (tối đa 40 ký tự)",
					"code has letters, digits, '-', '_' or '.' only, no spaces (at most 40)")
				.check(code == null || codes.add(code), at + ".code", "Mã chỉ tiêu " + code + " bị trùng trong báo cáo này",
						"indicator code " + code + " is used twice in this report")
				.requireText(indicator.name(), at + ".name", "Chưa ghi tên chỉ tiêu", "name is required")
				.requireText(indicator.unit(), at + ".unit", "Chưa ghi đơn vị tính (bài, buổi, lượt người…)",
						"unit of measure is required");
		}
	}

	/**
	 * A consolidating report (CDC → Sở before 20/6) is due no earlier than the reports it consolidates
	 * (units → CDC before 15/6), and whoever receives those must be among its reporters.
	 */
	private static void checkChain(List<PlanDraft.Requirement> requirements, int index, Map<String, Integer> byId,
			InputErrors errors, Directory directory) {
		String at = "requirements[" + index + "].upstreamRequirementId";
		PlanDraft.Requirement downstream = requirements.get(index);
		Integer upstreamIndex = byId.get(downstream.upstreamRequirementId().strip());
		if (upstreamIndex == null || upstreamIndex == index) {
			errors.check(false, at, "Không có yêu cầu báo cáo nguồn mã " + downstream.upstreamRequirementId()
					+ " trong kế hoạch", "No other requirement " + downstream.upstreamRequirementId() + " in this plan");
			return;
		}
		if (leadsBackTo(requirements, index, byId)) {
			errors.check(false, at, "Chuỗi báo cáo bị vòng lặp", "The reporting chain loops back on itself");
			return;
		}
		PlanDraft.Requirement upstream = requirements.get(upstreamIndex);
		if (upstream == null) {
			return;
		}
		LocalDate upstreamDue = dueBy(upstream);
		LocalDate downstreamDue = dueBy(downstream);
		if (upstreamDue != null && downstreamDue != null) {
			errors.check(!upstreamDue.isAfter(downstreamDue), "requirements[" + index + "].dueDate",
					"Hạn nộp " + downstream.dueDate() + " sớm hơn hạn của báo cáo nguồn (" + upstream.dueDate() + ")",
					"dueDate " + downstream.dueDate() + " is before the due date of the report it consolidates ("
							+ upstream.dueDate() + ")");
		}
		String consolidator = upstream.recipientUnitId();
		if (consolidator != null && !errors.hasProblemAt("requirements[" + upstreamIndex + "].recipientUnitId")) {
			List<String> named = (downstream.reporterUnitIds() != null) ? downstream.reporterUnitIds() : List.of();
			List<UnitType> types = (downstream.reporterUnitTypes() != null) ? downstream.reporterUnitTypes() : List.of();
			UnitType consolidatorType = directory.typesOf(List.of(consolidator)).get(consolidator);
			errors.check(named.contains(consolidator) || (consolidatorType != null && types.contains(consolidatorType)),
					at, "Đơn vị nhận báo cáo nguồn (" + consolidator + ") phải là đơn vị báo cáo tổng hợp",
					"The recipient of the consolidated report (" + consolidator + ") must be a reporter here");
		}
	}

	private static boolean leadsBackTo(List<PlanDraft.Requirement> requirements, int start, Map<String, Integer> byId) {
		Set<Integer> seen = new HashSet<>();
		Integer current = start;
		while (current != null && seen.add(current)) {
			PlanDraft.Requirement requirement = requirements.get(current);
			String upstream = (requirement != null) ? requirement.upstreamRequirementId() : null;
			current = (upstream != null) ? byId.get(upstream.strip()) : null;
			if (Objects.equals(current, start)) {
				return true;
			}
		}
		return false;
	}

	/** The first day on which the report is late: "gửi trước ngày D" → D, "chậm nhất ngày D" → D + 1. */
	private static LocalDate dueBy(PlanDraft.Requirement requirement) {
		if (requirement.dueDate() == null || requirement.dueRule() == null) {
			return null;
		}
		return (requirement.dueRule() == DueRule.END_OF_DAY) ? requirement.dueDate().plusDays(1) : requirement.dueDate();
	}

}
