package vn.health.reporting.consolidation;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import vn.health.reporting.IntegrationTestSupport;
import vn.health.reporting.ReportingApi;
import vn.health.reporting.TemplatedPlan;
import vn.health.testkit.security.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;

/** Consolidation sums per indicator code and shows each figure's name and unit, in JSON and in the workbook. */
class TemplatedConsolidationIntegrationTests extends IntegrationTestSupport {

	@Test
	void acceptedFiguresAreSummedPerCodeWithTheirNamesAndUnits() throws Exception {
		ReportingApi api = api();
		String planId = TemplatedPlan.issue(api, this.kafka);
		for (String unit : new String[] { "ttyt-yen-the", "ttyt-tan-yen" }) {
			int articles = unit.equals("ttyt-yen-the") ? 12 : 5;
			assertThat(api.submit(planId + ".r1." + unit, unit, TemplatedPlan.report(articles, articles * 100)).status())
				.isEqualTo(201);
			assertThat(api.review(planId + ".r1." + unit, "cdc", "{\"decision\": \"ACCEPT\"}").status()).isEqualTo(200);
		}

		JsonNode consolidation = api.http().get("/api/reports/consolidated?plan=" + planId + "&requirement=r1").json();

		assertThat(consolidation.get("indicators").valueStream().map(JsonNode::asString))
			.containsExactly(TemplatedPlan.ARTICLES, TemplatedPlan.REACHED);
		JsonNode articles = consolidation.get("columns").get(0);
		assertThat(articles.get("name").asString()).isEqualTo("Số tin, bài đăng tải");
		assertThat(articles.get("unit").asString()).isEqualTo("bài");
		assertThat(articles.get("total").asDouble()).isEqualTo(17.0);
		assertThat(consolidation.get("columns").get(1).get("total").asDouble()).isEqualTo(1700.0);
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(workbook(planId)))) {
			Row header = workbook.getSheet("Tổng hợp").getRow(0);
			assertThat(header.getCell(4).getStringCellValue()).isEqualTo("Số tin, bài đăng tải (bài)");
			assertThat(header.getCell(5).getStringCellValue()).isEqualTo("Số người được tiếp cận (lượt người)");
			assertThat(workbook.getSheet("Tổng hợp").getRow(3).getCell(4).getNumericCellValue()).isEqualTo(17.0);
		}
	}

	private byte[] workbook(String planId) throws Exception {
		HttpRequest request = HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/api/reports/consolidated?plan=" + planId
					+ "&requirement=r1"))
			.header("Authorization", TestTokens.bearer(ReportingApi.adminToken()))
			.header("Accept", ConsolidationWorkbook.MEDIA_TYPE)
			.build();
		try (HttpClient client = HttpClient.newHttpClient()) {
			HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
			assertThat(response.statusCode()).isEqualTo(200);
			return response.body();
		}
	}

}
