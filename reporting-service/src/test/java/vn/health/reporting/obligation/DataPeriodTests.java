package vn.health.reporting.obligation;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Data periods by the cut-off rule of Nghị định 09/2019/NĐ-CP, art. 12. */
class DataPeriodTests {

	@Test
	void aQuarterRunsFromThe15thOfTheMonthBeforeItToThe14thOfItsLastMonth() {
		assertThat(DataPeriod.of("Quý I", 2024)).contains(period("2023-12-15", "2024-03-14"));
		assertThat(DataPeriod.of("quý 2", 2024)).contains(period("2024-03-15", "2024-06-14"));
		assertThat(DataPeriod.of("Báo cáo Quý III", 2024)).contains(period("2024-06-15", "2024-09-14"));
		assertThat(DataPeriod.of("Quý IV", 2024)).contains(period("2024-09-15", "2024-12-14"));
	}

	@Test
	void sixNineMonthsAndTheYearRunFromThe15thOfDecemberBefore() {
		assertThat(DataPeriod.of("6 tháng", 2024)).contains(period("2023-12-15", "2024-06-14"));
		assertThat(DataPeriod.of("6 tháng đầu năm", 2024)).contains(period("2023-12-15", "2024-06-14"));
		assertThat(DataPeriod.of("9 tháng", 2024)).contains(period("2023-12-15", "2024-09-14"));
		assertThat(DataPeriod.of("Năm", 2024)).contains(period("2023-12-15", "2024-12-14"));
		assertThat(DataPeriod.of("Cả năm", 2025)).contains(period("2024-12-15", "2025-12-14"));
	}

	@Test
	void aMonthRunsFromThe15thOfTheMonthBeforeToThe14th() {
		assertThat(DataPeriod.of("Tháng 1", 2024)).contains(period("2023-12-15", "2024-01-14"));
		assertThat(DataPeriod.of("tháng 3", 2024)).contains(period("2024-02-15", "2024-03-14"));
	}

	@Test
	void labelsOfNoPeriodicReportHaveNoDataPeriod() {
		assertThat(DataPeriod.of("Đợt cao điểm 15/8 – 31/01", 2024)).isEmpty();
		assertThat(DataPeriod.of("Báo cáo ngay", 2024)).isEmpty();
		assertThat(DataPeriod.of(null, 2024)).isEmpty();
		assertThat(DataPeriod.of("Quý I", 0)).isEmpty();
	}

	private static DataPeriod period(String from, String to) {
		return new DataPeriod(LocalDate.parse(from), LocalDate.parse(to));
	}

}
