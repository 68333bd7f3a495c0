package vn.health.reporting.consolidation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Bảng tổng hợp — a consolidation as an .xlsx workbook: sheet "Tổng hợp" (one row per unit, one column
 * per indicator headed by its name and unit of measure, then "Tổng cộng" over the accepted reports), sheet "Chưa nộp"; for a chained requirement
 * the same two for the units below ("Tuyến dưới", "Tuyến dưới chưa nộp"). Times are Vietnam's.
 */
final class ConsolidationWorkbook {

	static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private static final List<String> HEADERS = List.of("Đơn vị", "Trạng thái", "Ngày nộp", "Trễ hạn");

	private ConsolidationWorkbook() {
	}

	static byte[] of(Consolidation consolidation) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Styles styles = new Styles(workbook);
			reports(workbook.createSheet("Tổng hợp"), consolidation, styles);
			missing(workbook.createSheet("Chưa nộp"), consolidation, styles);
			if (consolidation.upstream() != null) {
				reports(workbook.createSheet("Tuyến dưới"), consolidation.upstream(), styles);
				missing(workbook.createSheet("Tuyến dưới chưa nộp"), consolidation.upstream(), styles);
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void reports(Sheet sheet, Consolidation consolidation, Styles styles) {
		header(sheet.createRow(0), styles, HEADERS,
				consolidation.columns().stream().map(IndicatorColumn::label).toList());
		int rowIndex = 1;
		for (UnitReport report : consolidation.reports()) {
			Row row = sheet.createRow(rowIndex++);
			row.createCell(0).setCellValue(report.unitId());
			row.createCell(1).setCellValue(Labels.status(report.status()));
			row.createCell(2).setCellValue(LocalDateTime.ofInstant(report.submittedAt(), VIETNAM));
			row.getCell(2).setCellStyle(styles.dateTime);
			row.createCell(3).setCellValue(Labels.lateBy(report.lateBy()));
			for (int i = 0; i < consolidation.indicators().size(); i++) {
				Double value = report.indicators().get(consolidation.indicators().get(i));
				if (value != null) {
					row.createCell(HEADERS.size() + i).setCellValue(value);
				}
			}
		}
		Row totals = sheet.createRow(rowIndex);
		totals.createCell(0).setCellValue("Tổng cộng");
		totals.createCell(1).setCellValue("Đã duyệt: " + consolidation.accepted() + "/" + consolidation.expected());
		for (int i = 0; i < consolidation.columns().size(); i++) {
			totals.createCell(HEADERS.size() + i).setCellValue(consolidation.columns().get(i).total());
		}
		totals.forEach((cell) -> cell.setCellStyle(styles.bold));
		sizeColumns(sheet, HEADERS.size() + consolidation.indicators().size());
	}

	private static void missing(Sheet sheet, Consolidation consolidation, Styles styles) {
		header(sheet.createRow(0), styles, List.of("Đơn vị", "Trạng thái", "Hạn nộp"), List.of());
		int rowIndex = 1;
		for (MissingReport missing : consolidation.missing()) {
			Row row = sheet.createRow(rowIndex++);
			row.createCell(0).setCellValue(missing.unitId());
			row.createCell(1).setCellValue(Labels.status(missing.status()));
			row.createCell(2).setCellValue(LocalDateTime.ofInstant(missing.dueAt(), VIETNAM));
			row.getCell(2).setCellStyle(styles.dateTime);
		}
		sizeColumns(sheet, 3);
	}

	private static void header(Row row, Styles styles, List<String> fixed, List<String> indicators) {
		int column = 0;
		for (String title : fixed) {
			row.createCell(column++).setCellValue(title);
		}
		for (String title : indicators) {
			row.createCell(column++).setCellValue(title);
		}
		row.forEach((cell) -> cell.setCellStyle(styles.bold));
	}

	private static void sizeColumns(Sheet sheet, int columns) {
		for (int column = 0; column < columns; column++) {
			sheet.setColumnWidth(column, 22 * 256);
		}
	}

	private static final class Styles {

		private final CellStyle bold;

		private final CellStyle dateTime;

		Styles(XSSFWorkbook workbook) {
			Font font = workbook.createFont();
			font.setBold(true);
			this.bold = workbook.createCellStyle();
			this.bold.setFont(font);
			this.dateTime = workbook.createCellStyle();
			this.dateTime.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy hh:mm"));
		}

	}

}
