package vn.health.reporting.obligation;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Kỳ số liệu — the days a periodic report's figures cover, by the cut-off rule of Nghị định 09/2019/NĐ-CP (art. 12):
 * a month runs from the 15th of the month before to the 14th; a quarter from the 15th of the month before it to the
 * 14th of its last month; 6 months from 15/12 of the year before to 14/6; a year from 15/12 to 14/12. Nine months
 * (asked by many plans, not named by the decree) follows the same rule: 15/12 to 14/9.
 *
 * @param from first day, inclusive
 * @param to last day, inclusive
 */
public record DataPeriod(LocalDate from, LocalDate to) {

	private static final Pattern QUARTER = Pattern.compile("quy\\s*(iv|iii|ii|i|[1-4])\\b");

	private static final Pattern MONTH = Pattern.compile("^thang\\s*(1[0-2]|[1-9])\\b");

	/**
	 * The period a plan's label names for the plan's year: {@code Quý II}, {@code quý 2}, {@code 6 tháng (đầu năm)},
	 * {@code 9 tháng}, {@code Năm}, {@code cả năm}, {@code Tháng 5}; empty for a label of no periodic report (e.g.
	 * a campaign's own dates, "báo cáo ngay").
	 */
	public static Optional<DataPeriod> of(String label, int year) {
		if (label == null || year <= 0) {
			return Optional.empty();
		}
		String plain = Normalizer.normalize(label, Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.replace('đ', 'd')
			.replace('Đ', 'D')
			.toLowerCase(Locale.ROOT)
			.strip();
		LocalDate yearStart = LocalDate.of(year - 1, 12, 15);
		Matcher quarter = QUARTER.matcher(plain);
		if (quarter.find()) {
			int lastMonth = quarterNumber(quarter.group(1)) * 3;
			return Optional.of(new DataPeriod(LocalDate.of(year, lastMonth - 2, 15).minusMonths(1),
					LocalDate.of(year, lastMonth, 14)));
		}
		Matcher month = MONTH.matcher(plain);
		if (month.find()) {
			LocalDate to = LocalDate.of(year, Integer.parseInt(month.group(1)), 14);
			return Optional.of(new DataPeriod(to.minusMonths(1).plusDays(1), to));
		}
		if (plain.startsWith("6 thang")) {
			return Optional.of(new DataPeriod(yearStart, LocalDate.of(year, 6, 14)));
		}
		if (plain.startsWith("9 thang")) {
			return Optional.of(new DataPeriod(yearStart, LocalDate.of(year, 9, 14)));
		}
		if (plain.equals("nam") || plain.startsWith("nam ") || plain.startsWith("ca nam")
				|| plain.startsWith("hang nam")) {
			return Optional.of(new DataPeriod(yearStart, LocalDate.of(year, 12, 14)));
		}
		return Optional.empty();
	}

	private static int quarterNumber(String numeral) {
		return switch (numeral) {
			case "i", "1" -> 1;
			case "ii", "2" -> 2;
			case "iii", "3" -> 3;
			default -> 4;
		};
	}

}
