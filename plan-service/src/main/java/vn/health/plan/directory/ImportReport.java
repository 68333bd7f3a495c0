package vn.health.plan.directory;

import java.util.List;

import vn.health.servicekit.web.FieldProblem;

/**
 * What a directory import did, row by row.
 *
 * @param rows one result per data row, in the file's order; {@code row} is the number the spreadsheet shows
 */
public record ImportReport(int created, int updated, int unchanged, int invalid, List<RowResult> rows) {

	static ImportReport of(List<RowResult> rows) {
		return new ImportReport(count(rows, Status.CREATED), count(rows, Status.UPDATED), count(rows, Status.UNCHANGED),
				count(rows, Status.INVALID), List.copyOf(rows));
	}

	private static int count(List<RowResult> rows, Status status) {
		return (int) rows.stream().filter((row) -> row.status() == status).count();
	}

	public enum Status {

		CREATED, UPDATED, UNCHANGED, INVALID

	}

	/** @param unitId the unit written, {@code null} for an invalid row; {@code errors} empty unless invalid */
	public record RowResult(int row, String code, Status status, String unitId, List<FieldProblem> errors) {

	}

}
