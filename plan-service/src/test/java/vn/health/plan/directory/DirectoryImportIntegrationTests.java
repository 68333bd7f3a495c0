package vn.health.plan.directory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.web.server.LocalServerPort;

import vn.health.plan.PlanServiceTest;
import vn.health.contracts.directory.UnitUpserted;
import vn.health.plan.PlanServiceApi;
import vn.health.testkit.JsonHttp;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.health.plan.PlanServiceApi.assertProblem;

/** The directory from a spreadsheet with Vietnamese headers: all rows or none, or the valid ones when asked. */
@PlanServiceTest
class DirectoryImportIntegrationTests {

	private static final String HEADER = "Mã đơn vị;Tên đơn vị;Loại;Đơn vị cấp trên;Địa bàn;Email;Điện thoại;Zalo;Ghi chú";

	private final JsonMapper json = JsonMapper.builder().build();

	private final UnitEvents events = new UnitEvents();

	@LocalServerPort
	int port;

	private PlanServiceApi api;

	private String s;

	private String cdcCode;

	@BeforeEach
	void directory() {
		this.api = new PlanServiceApi(this.port);
		this.s = UUID.randomUUID().toString().substring(0, 6);
		this.cdcCode = "CDC-" + this.s;
		this.api.http().post("/api/units", """
				{"name": "Trung tâm Kiểm soát bệnh tật tỉnh", "type": "PROVINCIAL_CDC", "code": "%s"}"""
			.formatted(this.cdcCode));
	}

	@Test
	void aCsvWithVietnameseHeadersImportsEveryRowParentsInAnyOrderAndAgainChangesNothing() {
		String csv = "\uFEFF" + HEADER + "\n"
				+ "TYT-BH-%1$s;Trạm Y tế thị trấn Bố Hạ;Trạm Y tế xã;TTYT-YT-%1$s;thị trấn Bố Hạ;;0204 3876 111;0912 000 111;\n"
				+ "TTYT-YT-%1$s;Trung tâm Y tế huyện Yên Thế;TTYT huyện;%2$s;huyện Yên Thế;ttyt.yenthe@bacgiang.gov.vn;0204 3876 000;;mới\n"
				+ ";;;;;;;;\n";
		byte[] file = csv.formatted(this.s, this.cdcCode).getBytes(StandardCharsets.UTF_8);

		JsonHttp.Response imported = importFile("danh-ba.csv", file, false);

		assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
		assertThat(imported.json().get("created").asInt()).isEqualTo(2);
		JsonNode rows = imported.json().get("rows");
		assertThat(rows.valueStream().map((row) -> row.get("row").asInt())).containsExactly(2, 3);
		String boHa = rows.get(0).get("unitId").asString();
		String yenThe = rows.get(1).get("unitId").asString();
		JsonNode station = this.api.http().get("/api/units/" + boHa).json();
		assertThat(station.get("parentId").asString()).isEqualTo(yenThe);
		assertThat(station.get("type").asString()).isEqualTo("COMMUNE_HEALTH_STATION");
		assertThat(station.get("zalo").asString()).isEqualTo("0912 000 111");
		assertThat(station.get("administrativeArea").asString()).isEqualTo("thị trấn Bố Hạ");
		assertThat(station.get("email").isNull()).isTrue();
		UnitUpserted announced = this.json.readValue(this.events.of(boHa, 1).get(0).value(), UnitUpserted.class);
		assertThat(announced.parentId()).isEqualTo(yenThe);

		JsonHttp.Response again = importFile("danh-ba.csv", file, false);
		assertThat(again.json().get("unchanged").asInt()).isEqualTo(2);
		JsonHttp.Response changed = importFile("danh-ba.csv",
				csv.formatted(this.s, this.cdcCode).replace("0204 3876 111", "0204 3876 222").getBytes(StandardCharsets.UTF_8),
				false);
		assertThat(changed.json().get("rows").get(0).get("status").asString()).isEqualTo("UPDATED");
		assertThat(changed.json().get("rows").get(1).get("status").asString()).isEqualTo("UNCHANGED");
		assertThat(this.events.of(boHa, 2)).hasSize(2);
	}

	@Test
	void anXlsxIsReadFromItsFirstSheetWithHeadersTypedWithoutDiacriticsAndDateCells() throws IOException {
		byte[] xlsx = workbook(List.of("Ma don vi", "Ten don vi", "Loai", "Don vi cap tren", "Hoat dong tu"),
				List.of("TYT-TT-" + this.s, "Trạm Y tế xã Tân Thanh", "COMMUNE_HEALTH_STATION", this.cdcCode,
						LocalDate.of(2025, 7, 1)));

		JsonHttp.Response imported = importFile("danh-ba.xlsx", xlsx, false);

		assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
		JsonNode unit = this.api.http().get("/api/units/" + imported.json().get("rows").get(0).get("unitId").asString())
			.json();
		assertThat(unit.get("activeFrom").asString()).isEqualTo("2025-07-01");
		assertThat(unit.get("code").asString()).isEqualTo("TYT-TT-" + this.s);
	}

	@Test
	void anyInvalidRowRefusesTheWholeFileWithAnErrorPerRowAndNothingIsImported() {
		byte[] file = invalidFile();

		JsonHttp.Response refused = importFile("danh-ba.csv", file, false);

		assertProblem(refused, "rows[3].email", "rows[4].parent", "rows[5].type", "rows[6].code", "rows[7].parent",
				"rows[8].parent");
		assertThat(refused.json().get("errors").get(0).get("message").asString()).startsWith("Dòng 3:");
		assertThat(unitsWithCode("OK-" + this.s)).isEmpty();
	}

	@Test
	void aPartialImportWritesTheValidRowsAndReportsTheOthers() {
		JsonHttp.Response imported = importFile("danh-ba.csv", invalidFile(), true);

		assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
		assertThat(imported.json().get("created").asInt()).isEqualTo(1);
		assertThat(imported.json().get("invalid").asInt()).isEqualTo(7);
		JsonNode rows = imported.json().get("rows");
		assertThat(rows.get(0).get("status").asString()).isEqualTo("CREATED");
		assertThat(rows.get(5).get("errors").get(0).get("field").asString()).isEqualTo("rows[7].parent");
		assertThat(unitsWithCode("OK-" + this.s)).hasSize(1);
	}

	@Test
	void unreadableFilesAreRefused() throws IOException {
		assertProblem(this.api.upload("/api/units/import", "tep", "a.csv", "text/csv", new byte[] { 'a' }), "file");
		assertProblem(importFile("a.csv", new byte[0], false), "file");
		assertProblem(importFile("a.csv", "Tên đơn vị;Loại\nA;CDC\n".getBytes(StandardCharsets.UTF_8), false), "file");
		assertProblem(importFile("tcvn3.csv", (HEADER + "\nA;Tr¹m Y tÕ;TYT\n").getBytes(Charset.forName("windows-1252")),
				false), "file");
		assertProblem(importFile("hong.xlsx", new byte[] { 'P', 'K', 3, 4, 0, 0 }, false), "file");
	}

	/** Row 2 valid; 3 bad e-mail; 4 unknown parent; 5 unknown type; 6 code twice; 7 under row 3; 8 and 9 in a loop. */
	private byte[] invalidFile() {
		return (HEADER + "\n"
				+ "OK-%1$s;Trạm Y tế xã Đồng Kỳ;TYT;%2$s;;;;;\n"
				+ "BAD-%1$s;Trạm Y tế xã Tam Tiến;TYT;%2$s;;khong-phai-email;;;\n"
				+ "ORPHAN-%1$s;Trạm Y tế xã Canh Nậu;TYT;KHONG-CO-%1$s;;;;;\n"
				+ "TYPE-%1$s;Nhà thuốc Minh Châu;Nhà thuốc;%2$s;;;;;\n"
				+ "OK-%1$s;Trạm Y tế xã Đồng Kỳ (lần hai);TYT;%2$s;;;;;\n"
				+ "CHILD-%1$s;Trạm Y tế xã Xuân Lương;TYT;BAD-%1$s;;;;;\n"
				+ "LOOP1-%1$s;Trạm Y tế A;TYT;LOOP2-%1$s;;;;;\n"
				+ "LOOP2-%1$s;Trạm Y tế B;TYT;LOOP1-%1$s;;;;;\n").formatted(this.s, this.cdcCode)
			.getBytes(StandardCharsets.UTF_8);
	}

	private JsonHttp.Response importFile(String name, byte[] content, boolean partial) {
		return this.api.upload("/api/units/import?partial=" + partial, "file", name, "application/octet-stream", content);
	}

	private List<JsonNode> unitsWithCode(String code) {
		return this.api.http().get("/api/units?code=" + code).json().get("items").valueStream().toList();
	}

	private static byte[] workbook(List<String> header, List<Object> values) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("Danh bạ");
			Row head = sheet.createRow(0);
			for (int c = 0; c < header.size(); c++) {
				head.createCell(c).setCellValue(header.get(c));
			}
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
			Row row = sheet.createRow(1);
			for (int c = 0; c < values.size(); c++) {
				if (values.get(c) instanceof LocalDate day) {
					row.createCell(c).setCellValue(day);
					row.getCell(c).setCellStyle(date);
				}
				else {
					row.createCell(c).setCellValue((String) values.get(c));
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}

}
