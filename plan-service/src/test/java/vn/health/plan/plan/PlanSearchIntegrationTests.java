package vn.health.plan.plan;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import vn.health.plan.PlanServiceApi;
import vn.health.plan.PlanServiceTest;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.health.plan.PlanServiceApi.assertProblem;

/** Plans found by year, status, issuer and Vietnamese words with or without diacritics, paged and sorted. */
@PlanServiceTest
class PlanSearchIntegrationTests {

	@LocalServerPort
	int port;

	private PlanServiceApi api;

	private String issuer;

	private String communication2024;

	private String greenFacilities;

	private String communication2025;

	@BeforeEach
	void plans() {
		this.api = new PlanServiceApi(this.port);
		this.issuer = this.api.unit("Sở Y tế tỉnh Lạng Sơn", "DEPARTMENT_OF_HEALTH");
		String cdc = this.api.unit("CDC Lạng Sơn", "PROVINCIAL_CDC");
		this.communication2024 = create("Thông tin, truyền thông y tế năm 2024", 2024, "YEARLY", null, cdc);
		this.greenFacilities = create("Tuyên truyền về Cuộc thi “Cơ sở y tế Xanh - Sạch - Đẹp” lần thứ I", 2024,
				"CAMPAIGN", "{\"from\": \"2024-08-15\", \"to\": \"2025-01-31\"}", cdc);
		this.communication2025 = create("Truyền thông y tế năm 2025", 2025, "YEARLY", null, cdc);
		this.api.http().post("/api/plans/" + this.communication2025 + "/issue", null);
	}

	@Test
	void wordsWithoutDiacriticsFindPlansWithThem() {
		assertThat(ids("q=truyen%20thong")).containsExactlyInAnyOrder(this.communication2024, this.communication2025);
		assertThat(ids("q=TRUY%E1%BB%80N%20TH%C3%94NG%202024")).containsExactly(this.communication2024);
		assertThat(ids("q=xanh%20sach%20dep")).containsExactly(this.greenFacilities);
		assertThat(ids("q=khong%20co%20ke%20hoach%20nay")).isEmpty();
	}

	@Test
	void filtersCombine() {
		assertThat(ids("year=2024")).containsExactlyInAnyOrder(this.communication2024, this.greenFacilities);
		assertThat(ids("status=ISSUED")).containsExactly(this.communication2025);
		assertThat(ids("status=DRAFT&q=truyen%20thong")).containsExactly(this.communication2024);
	}

	@Test
	void resultsArePagedAndSorted() {
		assertThat(ids("sort=year,desc")).first().isEqualTo(this.communication2025);
		assertThat(ids("sort=year")).last().isEqualTo(this.communication2025);
		JsonNode page = this.api.http().get("/api/plans?issuer=" + this.issuer + "&sort=title&size=1&page=1").json();
		// binary order of the titles: "Thông tin …" < "Truyền thông …" < "Tuyên truyền …"
		assertThat(page.get("total").asInt()).isEqualTo(3);
		assertThat(page.get("items")).hasSize(1);
		assertThat(page.get("items").get(0).get("id").asString()).isEqualTo(this.communication2025);
	}

	@Test
	void badSearchParametersAreRefused() {
		assertProblem(this.api.http().get("/api/plans?sort=secret"), "sort");
		assertProblem(this.api.http().get("/api/plans?sort=year,up"), "sort");
		assertProblem(this.api.http().get("/api/plans?status=OPEN"), "status");
		assertProblem(this.api.http().get("/api/plans?year=abc"), "year");
		assertProblem(this.api.http().get("/api/plans?page=-1"), "page");
	}

	private List<String> ids(String query) {
		return this.api.http()
			.get("/api/plans?issuer=" + this.issuer + "&" + query)
			.json()
			.get("items")
			.valueStream()
			.map((plan) -> plan.get("id").asString())
			.toList();
	}

	private String create(String title, int year, String kind, String period, String cdc) {
		return this.api.createdId(this.api.http().post("/api/plans", """
				{"issuerUnitId": "%s", "title": "%s", "year": %d, "kind": "%s", "period": %s,
				 "assignments": [{"assignee": "Trung tâm Kiểm soát bệnh tật", "unitIds": ["%s"], "task": "Đầu mối triển khai"}]}"""
			.formatted(this.issuer, title.replace("\"", "\\\""), year, kind, period, cdc)));
	}

}
