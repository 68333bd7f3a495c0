package vn.health.console.dashboard;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import vn.health.console.api.Completeness;

/**
 * Tỷ lệ báo cáo on Tổng quan: the whole plan's rates per period (the Sở), or the rates of each report the plan sends
 * to the user's unit (a recipient such as the CDC, or a district centre receiving its communes' reports).
 *
 * @param received whether the rows are the reports sent to the user's unit, rather than the whole plan's periods
 * @param total the rates over every row read ({@link #partial()} when some was not); null when none was
 * @param rows one period or one report each, in the order to show
 * @param districts the whole plan's rates per district, the weakest completeness first (nothing expected last);
 * empty for a recipient's reports
 * @param note why no rates can be shown (the read failed), null otherwise
 */
public record RateTable(boolean received, Completeness.Rates total, List<Row> rows, List<Row> districts,
		String note) {

	private static final Comparator<Row> WEAKEST_FIRST = Comparator
		.comparing((Row row) -> row.rates().completenessPercent(), Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparing(Row::label);

	/**
	 * One period's or one report's rates, or the note shown instead when they could not be read.
	 *
	 * @param detail e.g. "Quý II · trước ngày 20/06/2024", null for a period of the whole plan
	 */
	public record Row(String label, String detail, Completeness.Rates rates, String note) {

	}

	/** The whole plan, per period as the API names them. */
	static RateTable wholePlan(Part<Completeness> plan) {
		if (plan.failed()) {
			return new RateTable(false, null, List.of(), List.of(), plan.note());
		}
		List<Row> periods = plan.value()
			.byPeriod()
			.entrySet()
			.stream()
			.map((period) -> new Row(period.getKey(), null, period.getValue(), null))
			.toList();
		List<Row> districts = plan.value()
			.byDistrict()
			.entrySet()
			.stream()
			.map((district) -> new Row(districtLabel(district.getKey(), district.getValue()), null,
					district.getValue().rates(), null))
			.sorted(WEAKEST_FIRST)
			.toList();
		return new RateTable(false, plan.value().overall(), periods, districts, null);
	}

	private static String districtLabel(String key, Completeness.DistrictRates district) {
		return switch (key) {
			case Completeness.PROVINCE -> "Tuyến tỉnh";
			case Completeness.UNKNOWN -> "Đơn vị chưa có trong danh mục";
			default -> (district.name() != null) ? district.name() : key;
		};
	}

	/** The reports sent to the unit, one row each; the total over those whose rates were read. */
	static RateTable received(List<Row> reports) {
		List<Completeness.Rates> read = reports.stream().map(Row::rates).filter(Objects::nonNull).toList();
		return new RateTable(true, read.isEmpty() ? null : Completeness.Rates.sum(read), reports, List.of(), null);
	}

	/** Whether some row's rates could not be read, so the total leaves it out. */
	public boolean partial() {
		return this.rows.stream().anyMatch((row) -> row.rates() == null);
	}

	static RateTable unreadable(String note) {
		return new RateTable(true, null, List.of(), List.of(), note);
	}

	/**
	 * The chart's data, read by {@code js/dashboard.js} from a data attribute (no inline script under the CSP): the
	 * rows with rates; a percentage of nothing expected is drawn as 0 (the table says "—").
	 */
	public Chart chart() {
		return chartOf(this.rows);
	}

	/** The same for the districts, weakest first as in their table; a level that owes nothing is left out. */
	public Chart districtChart() {
		return chartOf(this.districts.stream().filter((row) -> row.rates() != null && row.rates().expected() > 0).toList());
	}

	private static Chart chartOf(List<Row> rows) {
		List<Row> charted = rows.stream().filter((row) -> row.rates() != null).toList();
		return new Chart(charted.stream().map(Row::label).toList(),
				charted.stream().map((row) -> zeroIfNull(row.rates().completenessPercent())).toList(),
				charted.stream().map((row) -> zeroIfNull(row.rates().timelinessPercent())).toList());
	}

	public record Chart(List<String> labels, List<BigDecimal> completeness, List<BigDecimal> timeliness) {

	}

	private static BigDecimal zeroIfNull(BigDecimal value) {
		return (value != null) ? value : BigDecimal.ZERO;
	}

}
