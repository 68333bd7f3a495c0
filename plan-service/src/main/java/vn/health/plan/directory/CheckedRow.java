package vn.health.plan.directory;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import vn.health.contracts.directory.UnitType;
import vn.health.plan.directory.UnitSheet.UnitRow;
import vn.health.servicekit.web.FieldProblem;
import vn.health.servicekit.web.InputErrors;
import vn.health.servicekit.web.InvalidInputException;

/**
 * A row of a directory import and what is wrong with it, with the checks of a row on its own and the problems as
 * the import reports them: the field as {@code rows[5].email}, the message starting {@code Dòng 5:}.
 */
record CheckedRow(UnitRow row, List<FieldProblem> problems) {

	private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d/M/uuuu");

	String code() {
		return this.row.get(UnitColumn.CODE);
	}

	String parentCode() {
		return this.row.get(UnitColumn.PARENT);
	}

	UnitDetails details(String parentId) {
		String type = this.row.get(UnitColumn.TYPE);
		String activeFrom = this.row.get(UnitColumn.ACTIVE_FROM);
		UnitType parsed = (type != null) ? UnitTypeNames.parse(type).orElse(null) : null;
		return new UnitDetails(this.row.get(UnitColumn.NAME), parsed, parentId, this.row.get(UnitColumn.EMAIL),
				this.row.get(UnitColumn.PHONE), (activeFrom != null) ? day(activeFrom) : null, code(),
				this.row.get(UnitColumn.AREA), this.row.get(UnitColumn.ZALO));
	}

	/** The rules of each field, parsed from the cells; the code is required here, it is how rows are matched. */
	static List<FieldProblem> fieldProblems(UnitRow row) {
		List<FieldProblem> found = new ArrayList<>();
		String code = row.get(UnitColumn.CODE);
		if (code == null) {
			found.add(problem(row, "code", "Chưa có mã đơn vị", "code is required"));
		}
		String type = row.get(UnitColumn.TYPE);
		if (type != null && UnitTypeNames.parse(type).isEmpty()) {
			found.add(problem(row, "type", "Không rõ loại đơn vị \"" + type + "\"", "Unknown unit type \"" + type + "\""));
		}
		String activeFrom = row.get(UnitColumn.ACTIVE_FROM);
		if (activeFrom != null && day(activeFrom) == null) {
			found.add(problem(row, "activeFrom", "Ngày \"" + activeFrom + "\" không đúng dạng ngày/tháng/năm",
					"Date \"" + activeFrom + "\" is not dd/MM/yyyy"));
		}
		UnitDetails details = new CheckedRow(row, found).details(null);
		found.addAll(problemsOf(UnitRules.check(details, fieldsOf(row.number()), new InputErrors()))
			.stream()
			.filter((problem) -> !(problem.field().endsWith(".type") && type != null))
			.map((problem) -> inRow(row, problem))
			.toList());
		return found;
	}

	/** How the problems of row {@code row} name its fields: {@code rows[5].} before the field's name. */
	static String fieldsOf(int row) {
		return "rows[" + row + "].";
	}

	/** Row {@code row} is under the invalid row {@code parentRow}, which makes it invalid too. */
	static InputErrors invalidParent(int row, String parentCode, int parentRow) {
		return new InputErrors().check(false, fieldsOf(row) + "parent",
				"Đơn vị cấp trên " + parentCode + " ở dòng " + parentRow + " không hợp lệ",
				"The parent " + parentCode + " on row " + parentRow + " is invalid");
	}

	private static List<FieldProblem> problemsOf(InputErrors errors) {
		try {
			errors.throwIfAny();
			return List.of();
		}
		catch (InvalidInputException ex) {
			return ex.problems();
		}
	}

	static FieldProblem problem(UnitRow row, String field, String messageVi, String messageEn) {
		return inRow(row, new FieldProblem(fieldsOf(row.number()) + field, messageVi, messageEn));
	}

	static List<FieldProblem> inRow(UnitRow row, InputErrors errors) {
		return problemsOf(errors).stream().map((problem) -> inRow(row, problem)).toList();
	}

	/** "Dòng 5: …": the row as the spreadsheet numbers it, so a person finds it at once. */
	private static FieldProblem inRow(UnitRow row, FieldProblem problem) {
		return new FieldProblem(problem.field(), "Dòng " + row.number() + ": " + problem.message(),
				"Row " + row.number() + ": " + problem.messageEn());
	}

	private static LocalDate day(String text) {
		for (DateTimeFormatter format : List.of(DateTimeFormatter.ISO_LOCAL_DATE, DAY_MONTH_YEAR)) {
			try {
				return LocalDate.parse(text, format);
			}
			catch (DateTimeParseException notThisOne) {
				// try the next format
			}
		}
		return null;
	}

}
