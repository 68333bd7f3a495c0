package vn.health.plan.directory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

import vn.health.plan.directory.UnitSheet.UnitRow;
import vn.health.servicekit.web.FieldProblem;
import vn.health.servicekit.web.InputErrors;
import vn.health.servicekit.web.InvalidInputException;

/**
 * Nhập danh bạ — units from a spreadsheet, matched by code: a code the directory has updates that unit, a new one
 * registers a unit; parents are named by code, in the file or in the directory, in any order. Every row is checked
 * before anything is written: any invalid row refuses the whole file unless a partial import is asked for, which
 * writes the valid rows (and those whose parents are valid) and reports the others. Each unit is written and
 * announced like any other change; the same file again changes nothing. Over 200 lines: checking rows against each
 * other — duplicates, parents in the file, loops — and the order they are written in are one piece of logic best
 * read in one place.
 */
@Service
public class DirectoryImport {

	private static final Logger log = LoggerFactory.getLogger(DirectoryImport.class);

	private final Directory directory;

	private final UnitRepository units;

	private final ImportRegistrations registrations;

	DirectoryImport(Directory directory, UnitRepository units, ImportRegistrations registrations) {
		this.directory = directory;
		this.units = units;
		this.registrations = registrations;
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
		List<CheckedRow> ordered = check(rows, known);
		List<FieldProblem> problems = ordered.stream().flatMap((row) -> row.problems().stream()).toList();
		if (!problems.isEmpty() && !partial) {
			throw new InvalidInputException(problems);
		}
		List<ImportReport.RowResult> results = write(ordered, known, by);
		results.sort((a, b) -> Integer.compare(a.row(), b.row()));
		ImportReport report = ImportReport.of(results);
		log.info("Directory import by {}: {} created, {} updated, {} unchanged, {} invalid", by, report.created(),
				report.updated(), report.unchanged(), report.invalid());
		return report;
	}

	/**
	 * The new units first, registered a level of the tree at a time ({@link ImportRegistrations}: a few reads and
	 * one insert per level instead of several round trips per row), under ids given before anything is written;
	 * then the units the file changes, one at a time as {@code PUT} does. An edit stays one write per unit: it
	 * replaces a document under its version (a concurrent change must fail it, not be overwritten), and a unit
	 * that moves needs its new parents walked for loops through units outside the file; a file updates few units,
	 * and the rows it leaves as they are write nothing. A row refused at the write (its code registered, or its
	 * parent ended, by another request since the file was checked, or under such a row) is reported invalid with
	 * the reason, even in an import that is not partial: the rows written by then stay written, as when a crash
	 * stops an import, and importing the file again completes it.
	 */
	private List<ImportReport.RowResult> write(List<CheckedRow> ordered, Map<String, Unit> known, String by) {
		Map<String, String> idsByCode = new HashMap<>();
		known.forEach((code, unit) -> idsByCode.put(code, unit.id()));
		Map<String, CheckedRow> created = new LinkedHashMap<>();
		ordered.stream()
			.filter((row) -> row.problems().isEmpty() && !known.containsKey(row.code()))
			.forEach((row) -> created.put(row.code(), row));
		created.keySet().forEach((code) -> idsByCode.put(code, UUID.randomUUID().toString()));
		Map<String, InputErrors> refused = this.registrations.register(created.values()
			.stream()
			.map((row) -> new ImportRegistrations.NewUnit(row.row().number(), row.code(), idsByCode.get(row.code()),
					row.details(parentIdOf(row, idsByCode)),
					created.containsKey(row.parentCode()) ? row.parentCode() : null))
			.toList(), by);
		List<ImportReport.RowResult> results = new ArrayList<>();
		for (CheckedRow row : ordered) {
			List<FieldProblem> found = !row.problems().isEmpty() ? row.problems() : refusal(row, refused, created);
			if (!found.isEmpty()) {
				results.add(new ImportReport.RowResult(row.row().number(), row.code(), ImportReport.Status.INVALID,
						null, found));
			}
			else if (created.containsKey(row.code())) {
				results.add(result(row, ImportReport.Status.CREATED, idsByCode.get(row.code())));
			}
			else {
				results.add(edit(row, known.get(row.code()), idsByCode, by));
			}
		}
		return results;
	}

	/** Why the write refused the row, or what refused its parent when the row updates a unit under a new one. */
	private static List<FieldProblem> refusal(CheckedRow row, Map<String, InputErrors> refused,
			Map<String, CheckedRow> created) {
		if (refused.containsKey(row.code())) {
			return CheckedRow.inRow(row.row(), refused.get(row.code()));
		}
		if (row.parentCode() != null && refused.containsKey(row.parentCode())) {
			return CheckedRow.inRow(row.row(), CheckedRow.invalidParent(row.row().number(), row.parentCode(),
					created.get(row.parentCode()).row().number()));
		}
		return List.of();
	}

	private ImportReport.RowResult edit(CheckedRow row, Unit existing, Map<String, String> idsByCode, String by) {
		UnitDetails details = row.details(parentIdOf(row, idsByCode));
		boolean changed = !existing.details().equals(details.normalised());
		Unit edited = changed ? this.directory.edit(existing.id(), details, by) : existing;
		return result(row, changed ? ImportReport.Status.UPDATED : ImportReport.Status.UNCHANGED, edited.id());
	}

	private static String parentIdOf(CheckedRow row, Map<String, String> idsByCode) {
		return (row.parentCode() != null) ? idsByCode.get(row.parentCode()) : null;
	}

	private static ImportReport.RowResult result(CheckedRow row, ImportReport.Status status, String unitId) {
		return new ImportReport.RowResult(row.row().number(), row.code(), status, unitId, List.of());
	}

	/** Every row checked, parents before their children; a row under an invalid one is invalid too. */
	private List<CheckedRow> check(List<UnitRow> rows, Map<String, Unit> known) {
		Map<String, UnitRow> inFile = new LinkedHashMap<>();
		Map<UnitRow, List<FieldProblem>> problems = new LinkedHashMap<>();
		for (UnitRow row : rows) {
			List<FieldProblem> found = new ArrayList<>(CheckedRow.fieldProblems(row));
			String code = row.get(UnitColumn.CODE);
			if (code != null && inFile.putIfAbsent(code, row) != null) {
				found.add(CheckedRow.problem(row, "code",
						"Mã đơn vị " + code + " đã có ở dòng " + inFile.get(code).number(),
						"Unit code " + code + " is already on row " + inFile.get(code).number()));
			}
			problems.put(row, found);
		}
		List<CheckedRow> ordered = new ArrayList<>();
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
					found.addAll(CheckedRow.inRow(row,
							CheckedRow.invalidParent(row.number(), parent, inFile.get(parent).number())));
				}
				else if (parent != null && !parentInFile) {
					checkDirectoryParent(row, parent, known, found);
				}
				ordered.add(new CheckedRow(row, found));
				if (row.get(UnitColumn.CODE) != null) {
					validByCode.putIfAbsent(row.get(UnitColumn.CODE), found.isEmpty());
				}
				waiting.remove(row);
				progress = true;
			}
		}
		for (UnitRow row : waiting) {
			List<FieldProblem> found = problems.get(row);
			found.add(CheckedRow.problem(row, "parent", "Các đơn vị cấp trên tạo thành vòng lặp", "The parents form a loop"));
			ordered.add(new CheckedRow(row, found));
		}
		return ordered;
	}

	/**
	 * A parent outside the file must be in the directory, still active, and not make a loop. Only a unit that
	 * moves can make a loop, so only a row that changes a unit is checked by the directory (a read per level of
	 * its new parents); a new unit, or one the row leaves as it is, is checked against the units read with the
	 * file, whose codes are all there: a code not among them is free.
	 */
	private void checkDirectoryParent(UnitRow row, String parentCode, Map<String, Unit> known, List<FieldProblem> found) {
		Unit parent = known.get(parentCode);
		if (parent == null) {
			found.add(CheckedRow.problem(row, "parent", "Không có đơn vị mã " + parentCode + " trong tệp hay danh bạ",
					"No unit with code " + parentCode + " in the file or the directory"));
			return;
		}
		if (!found.isEmpty()) {
			return;
		}
		Unit existing = known.get(row.get(UnitColumn.CODE));
		UnitDetails details = new CheckedRow(row, found).details(parent.id());
		String path = CheckedRow.fieldsOf(row.number());
		InputErrors errors = (existing == null || existing.details().equals(details.normalised()))
				? Directory.checkStillActive(parent, path + "parentId", new InputErrors())
				: this.directory.validate(details, existing.id(), path, new InputErrors());
		found.addAll(CheckedRow.inRow(row, errors));
	}

}
