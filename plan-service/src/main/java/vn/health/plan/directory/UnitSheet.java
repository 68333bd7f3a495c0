package vn.health.plan.directory;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.health.plan.StrictUtf8;
import vn.health.servicekit.web.FieldProblem;
import vn.health.servicekit.web.InputErrors;
import vn.health.servicekit.web.InvalidInputException;

/**
 * A directory spreadsheet read into rows: an .xlsx (first sheet) or a UTF-8 CSV (comma or semicolon, as Excel
 * saves it in a Vietnamese locale), with a header row of {@link UnitColumn Vietnamese headers}. Blank rows are skipped.
 */
final class UnitSheet {

	static final int MAX_ROWS = 5000;

	private static final byte[] ZIP = { 'P', 'K', 3, 4 };

	private UnitSheet() {
	}

	/** One data row: its number as the spreadsheet shows it (the header is row 1) and its cells by column. */
	record UnitRow(int number, Map<UnitColumn, String> cells) {

		String get(UnitColumn column) {
			String value = this.cells.get(column);
			return (value == null || value.isBlank()) ? null : value.strip();
		}

	}

	static List<UnitRow> read(byte[] content) {
		List<List<String>> table = startsWithZip(content) ? xlsx(content) : csv(content);
		if (table.isEmpty()) {
			throw refused("Tệp không có dòng tiêu đề", "The file has no header row");
		}
		List<UnitColumn> columns = headerColumns(table.get(0));
		List<UnitRow> rows = new ArrayList<>();
		for (int i = 1; i < table.size(); i++) {
			Map<UnitColumn, String> cells = new EnumMap<>(UnitColumn.class);
			List<String> values = table.get(i);
			for (int c = 0; c < Math.min(values.size(), columns.size()); c++) {
				if (columns.get(c) != null && values.get(c) != null && !values.get(c).isBlank()) {
					cells.put(columns.get(c), values.get(c));
				}
			}
			if (!cells.isEmpty()) {
				rows.add(new UnitRow(i + 1, cells));
			}
		}
		new InputErrors().check(rows.size() <= MAX_ROWS, "file", "Tệp có hơn " + MAX_ROWS + " dòng đơn vị",
				"The file has more than " + MAX_ROWS + " unit rows").throwIfAny();
		return rows;
	}

	/** Each header's column, {@code null} for a column the directory does not know (notes, STT). */
	private static List<UnitColumn> headerColumns(List<String> header) {
		List<UnitColumn> columns = header.stream()
			.map((text) -> (text != null) ? UnitColumn.byHeader(text).orElse(null) : null)
			.toList();
		InputErrors errors = new InputErrors();
		for (UnitColumn required : List.of(UnitColumn.CODE, UnitColumn.NAME, UnitColumn.TYPE)) {
			errors.check(columns.contains(required), "file", "Thiếu cột \"" + required.header() + "\" ở dòng tiêu đề",
					"The header row has no \"" + required.header() + "\" column");
		}
		errors.throwIfAny();
		return columns;
	}

	private static List<List<String>> xlsx(byte[] content) {
		try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
			Sheet sheet = workbook.getSheetAt(0);
			DataFormatter formatter = new DataFormatter();
			List<List<String>> table = new ArrayList<>();
			for (Row row : sheet) {
				while (table.size() < row.getRowNum()) {
					table.add(List.of());
				}
				List<String> cells = new ArrayList<>();
				for (int c = 0; c < row.getLastCellNum(); c++) {
					cells.add(text(row.getCell(c), formatter));
				}
				table.add(cells);
			}
			return table;
		}
		catch (IOException | RuntimeException ex) {
			throw refused("Không đọc được tệp .xlsx (hỏng hoặc có mật khẩu)",
					"The .xlsx file cannot be read (damaged or password-protected)");
		}
	}

	/** Dates as {@code yyyy-MM-dd} whatever the cell's display format; everything else as Excel shows it. */
	private static String text(Cell cell, DataFormatter formatter) {
		if (cell == null) {
			return null;
		}
		if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
			return cell.getDateCellValue().toInstant().atZone(ZoneId.systemDefault()).toLocalDate().toString();
		}
		return formatter.formatCellValue(cell);
	}

	private static List<List<String>> csv(byte[] content) {
		String text = utf8(content);
		String firstLine = text.lines().findFirst().orElse("");
		long semicolons = firstLine.chars().filter((c) -> c == ';').count();
		char delimiter = (semicolons > firstLine.chars().filter((c) -> c == ',').count()) ? ';' : ',';
		try (Reader reader = new StringReader(text);
				CSVParser parser = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get().parse(reader)) {
			List<List<String>> table = new ArrayList<>();
			for (CSVRecord record : parser) {
				while (table.size() < record.getRecordNumber() - 1) {
					table.add(List.of());
				}
				table.add(record.toList());
			}
			return table;
		}
		catch (IOException | UncheckedIOException | IllegalStateException ex) {
			throw refused("Tệp CSV không đúng định dạng: " + ex.getMessage(), "The CSV file is malformed: " + ex.getMessage());
		}
	}

	private static String utf8(byte[] content) {
		return StrictUtf8.decode(content)
			.orElseThrow(() -> refused("Tệp CSV phải lưu bằng bảng mã UTF-8 (Unicode)",
					"The CSV file must be saved as UTF-8"));
	}

	private static boolean startsWithZip(byte[] content) {
		return content.length >= ZIP.length && Arrays.equals(content, 0, ZIP.length, ZIP, 0, ZIP.length);
	}

	private static RuntimeException refused(String messageVi, String messageEn) {
		return new InvalidInputException(List.of(new FieldProblem("file", messageVi, messageEn)));
	}

}
