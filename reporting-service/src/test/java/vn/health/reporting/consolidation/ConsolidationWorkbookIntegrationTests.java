package vn.health.reporting.consolidation;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import vn.health.reporting.IntegrationTestSupport;
import vn.health.reporting.ReportingApi;
import vn.health.testkit.security.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.health.reporting.consolidation.ChainedPlan.ATTENDEES;
import static vn.health.reporting.consolidation.ChainedPlan.SESSIONS;

class ConsolidationWorkbookIntegrationTests extends IntegrationTestSupport {

	@Test
	void theWorkbookHasVietnameseHeadersTotalsOfAcceptedReportsAndMissingUnits() throws Exception {
		String planId = ChainedPlan.issueAndReview(api(), this.kafka);

		HttpResponse<byte[]> response = workbook("plan=" + planId + "&requirement=r2");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue(ConsolidationWorkbook.MEDIA_TYPE);
		assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
			.startsWith("attachment")
			.contains("filename=\"bao-cao-tong-hop-" + planId + ".xlsx\"");
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
			assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("Tổng hợp");
			assertThat(texts(workbook.getSheet("Chưa nộp").getRow(0))).containsExactly("Đơn vị", "Trạng thái",
					"Hạn nộp");
			assertThat(texts(workbook.getSheet("Chưa nộp").getRow(1))).startsWith("cdc", "Chưa đến hạn");
			Sheet districts = workbook.getSheet("Tuyến dưới");
			assertThat(texts(districts.getRow(0))).containsExactly("Đơn vị", "Trạng thái", "Ngày nộp", "Trễ hạn",
					SESSIONS, ATTENDEES);
			assertThat(texts(districts.getRow(1))).containsExactly("ttyt-tan-yen", "Bị trả lại", "17/06/2024 10:00",
					"", "7", "150");
			assertThat(texts(districts.getRow(2))).startsWith("ttyt-yen-the", "Đã duyệt");
			Row totals = districts.getRow(3);
			assertThat(totals.getCell(0).getStringCellValue()).isEqualTo("Tổng cộng");
			assertThat(totals.getCell(1).getStringCellValue()).isEqualTo("Đã duyệt: 1/3");
			assertThat(totals.getCell(4).getNumericCellValue()).isEqualTo(12.0);
			assertThat(totals.getCell(5).getNumericCellValue()).isEqualTo(340.0);
			assertThat(texts(workbook.getSheet("Tuyến dưới chưa nộp").getRow(1))).startsWith("ttyt-luc-ngan",
					"Chưa đến hạn");
		}
	}

	@Test
	void aBadQueryForTheWorkbookIsStillAProblemJson() throws Exception {
		HttpResponse<byte[]> response = workbook("requirement=r1");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
	}

	@Test
	void anyOtherAcceptGetsJson() throws Exception {
		String planId = ChainedPlan.issueAndReview(api(), this.kafka);

		HttpResponse<byte[]> response = get("plan=" + planId + "&requirement=r1", "*/*");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
	}

	private HttpResponse<byte[]> workbook(String query) throws IOException, InterruptedException {
		return get(query, ConsolidationWorkbook.MEDIA_TYPE);
	}

	private HttpResponse<byte[]> get(String query, String accept) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/api/reports/consolidated?" + query))
			.header("Authorization", TestTokens.bearer(ReportingApi.adminToken()))
			.header("Accept", accept)
			.build();
		try (HttpClient client = HttpClient.newHttpClient()) {
			return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
		}
	}

	private static List<String> texts(Row row) {
		List<String> texts = new ArrayList<>();
		row.forEach((cell) -> texts.add(new DataFormatter().formatCellValue(cell)));
		return texts;
	}

}
