package vn.health.plan.directory;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

import vn.health.contracts.directory.UnitType;
import vn.health.plan.directory.UnitSheet.UnitRow;
import vn.health.servicekit.web.FieldProblem;
import vn.health.servicekit.web.InputErrors;
import vn.health.servicekit.web.InvalidInputException;

/**
 * Nhập danh bạ — units from a spreadsheet, matched by code: a code the directory has updates that unit, a new one
 * registers a unit; parents are named by code, in the file or in the directory, in any order. Every row is checked
 * before anything is written: any invalid row refuses the whole file unless a partial import is asked for, which
 * writes the valid rows (and those whose parents are valid) and reports the others. Each unit is written and
 * announced like any other change; the same file again changes nothing. (Over 200 lines: checking rows against
 * each other — duplicates, parents in the file, loops — is one piece of logic best read in one place.)
 */
@Service
public class DirectoryImport {

	private static final Logger log = LoggerFactory.getLogger(DirectoryImport.class);

	private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d/M/uuuu");

	private final Directory directory;

	private final UnitRepository units;

	DirectoryImport(Directory directory, UnitRepository units) {
		this.directory = directory;
		this.units = units;
	}

	public ImportReport run(byte[] content, boolean partial, String by) {
		List<UnitRow> rows = UnitSheet.read(content);
		Map<String, Unit> known = this.units
			.findByCodeIn(rows.stream()
				.flatMap((row) -> Stream.of(row.get(UnitColumn.CODE), row.get(UnitColumn.PARENT)))
				.filter((code) -> code != null)
				.distinct()
				.toList())
			.stream()
			.collect(Collectors.toMap(Unit::code, Function.identity()));
		List<Checked> ordered = check(rows, known);
		List<FieldProblem> problems = ordered.stream().flatMap((row) -> row.problems().stream()).toList();
		if (!problems.isEmpty() && !partial) {
			throw new InvalidInputException(problems);
		}
		Map<String, String> idsByCode = new HashMap<>();
		known.forEach((code, unit) -> idsByCode.put(code, unit.id()));
		List<ImportReport.RowResult> results = new ArrayList<>();
		for (Checked row : ordered) {
			results.add(row.problems().isEmpty() ? write(row, known, idsByCode, by)
					: new ImportReport.RowResult(row.row().number(), row.code(), ImportReport.Status.INVALID, null,
							row.problems()));
		}
		results.sort((a, b) -> Integer.compare(a.row(), b.row()));
		ImportReport report = ImportReport.of(results);
		log.info("Directory import by {}: {} created, {} updated, {} unchanged, {} invalid", by, report.created(),
				report.updated(), report.unchanged(), report.invalid());
		return report;
	}

	private ImportReport.RowResult write(Checked row, Map<String, Unit> known, Map<String, String> idsByCode,
			String by) {
		String parentCode = row.row().get(UnitColumn.PARENT);
		UnitDetails details = row.details((parentCode != null) ? idsByCode.get(parentCode) : null);
		Unit existing = known.get(row.code());
		if (existing == null) {
			Unit created = this.directory.register(details, by);
			idsByCode.put(row.code(), created.id());
			return result(row, ImportReport.Status.CREATED, created);
		}
		boolean changed = !existing.details().equals(details.normalised());
		Unit edited = changed ? this.directory.edit(existing.id(), details, by) : existing;
		return result(row, changed ? ImportReport.Status.UPDATED : ImportReport.Status.UNCHANGED, edited);
	}

	private static ImportReport.RowResult result(Checked row, ImportReport.Status status, Unit unit) {
		return new ImportReport.RowResult(row.row().number(), row.code(), status, unit.id(), List.of());
	}

	/** Every row checked, parents before their children; a row under an invalid one is invalid too. */
	private List<Checked> check(List<UnitRow> rows, Map<String, Unit> known) {
		Map<String, UnitRow> inFile = new LinkedHashMap<>();
		Map<UnitRow, List<FieldProblem>> problems = new LinkedHashMap<>();
		for (UnitRow row : rows) {
			List<FieldProblem> found = new ArrayList<>(fieldProblems(row, known));
			String code = row.get(UnitColumn.CODE);
			if (code != null && inFile.putIfAbsent(code, row) != null) {
				found.add(problem(row, "code", "Mã đơn vị " + code + " đã có ở dòng " + inFile.get(code).number(),
						"Unit code " + code + " is already on row " + inFile.get(code).number()));
			}
			problems.put(row, found);
		}
		List<Checked> ordered = new ArrayList<>();
		Map<String, Boolean> validByCode = new HashMap<>();
		List<UnitRow> waiting = new ArrayList<>(rows);
		boolean progress = true;
		while (!waiting.isEmpty() && progress) {
			progress = false;
			for (UnitRow row : List.copyOf(waiting)) {
				String parent = row.get(UnitColumn.PARENT);
				boolean parentInFile = parent != null && inFile.containsKey(parent) && inFile.get(parent) != row;
				if (parentInFile && !validByCode.containsKey(parent)) {
					continue;
				}
				List<FieldProblem> found = problems.get(row);
				if (parentInFile && !validByCode.get(parent)) {
					found.add(problem(row, "parent", "Đơn vị cấp trên " + parent + " ở dòng " + inFile.get(parent).number()
							+ " không hợp lệ", "The parent " + parent + " on row " + inFile.get(parent).number() + " is invalid"));
				}
				else if (parent != null && !parentInFile) {
					checkDirectoryParent(row, parent, known, found);
				}
				ordered.add(new Checked(row, found));
				if (row.get(UnitColumn.CODE) != null) {
					validByCode.putIfAbsent(row.get(UnitColumn.CODE), found.isEmpty());
				}
				waiting.remove(row);
				progress = true;
			}
		}
		for (UnitRow row : waiting) {
			List<FieldProblem> found = problems.get(row);
			found.add(problem(row, "parent", "Các đơn vị cấp trên tạo thành vòng lặp", "The parents form a loop"));
			ordered.add(new Checked(row, found));
		}
		return ordered;
	}

	/** A parent outside the file must be in the directory, still active, and not make a loop. */
	private void checkDirectoryParent(UnitRow row, String parentCode, Map<String, Unit> known, List<FieldProblem> found) {
		Unit parent = known.get(parentCode);
		if (parent == null) {
			found.add(problem(row, "parent", "Không có đơn vị mã " + parentCode + " trong tệp hay danh bạ",
					"No unit with code " + parentCode + " in the file or the directory"));
			return;
		}
		if (!found.isEmpty()) {
			return;
		}
		Unit existing = known.get(row.get(UnitColumn.CODE));
		InputErrors errors = this.directory.validate(new Checked(row, found).details(parent.id()),
				(existing != null) ? existing.id() : null, "rows[" + row.number() + "].", new InputErrors());
		found.addAll(problemsOf(errors).stream().map((problem) -> inRow(row, problem)).toList());
	}

	/** The rules of each field, parsed from the cells; the code is required here, it is how rows are matched. */
	private static List<FieldProblem> fieldProblems(UnitRow row, Map<String, Unit> known) {
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
		UnitDetails details = new Checked(row, found).details(null);
		found.addAll(problemsOf(UnitRules.check(details, "rows[" + row.number() + "].", new InputErrors()))
			.stream()
			.filter((problem) -> !(problem.field().endsWith(".type") && type != null))
			.map((problem) -> inRow(row, problem))
			.toList());
		return found;
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

	private static FieldProblem problem(UnitRow row, String field, String messageVi, String messageEn) {
		return inRow(row, new FieldProblem("rows[" + row.number() + "]." + field, messageVi, messageEn));
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

	/** A row and what is wrong with it. */
	private record Checked(UnitRow row, List<FieldProblem> problems) {

		String code() {
			return this.row.get(UnitColumn.CODE);
		}

		UnitDetails details(String parentId) {
			String type = this.row.get(UnitColumn.TYPE);
			String activeFrom = this.row.get(UnitColumn.ACTIVE_FROM);
			UnitType parsed = (type != null) ? UnitTypeNames.parse(type).orElse(null) : null;
			return new UnitDetails(this.row.get(UnitColumn.NAME), parsed, parentId, this.row.get(UnitColumn.EMAIL),
					this.row.get(UnitColumn.PHONE), (activeFrom != null) ? day(activeFrom) : null, code(),
					this.row.get(UnitColumn.AREA), this.row.get(UnitColumn.ZALO));
		}

	}

}
