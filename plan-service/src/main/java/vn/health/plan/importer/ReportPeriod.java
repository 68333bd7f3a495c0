package vn.health.plan.importer;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Kỳ báo cáo — the period label of a report title, in the periods of Nghị định 09/2019/NĐ-CP, Điều 12
 * (quý, 6 tháng, 9 tháng, năm, tháng) plus the daily and on-event reports health plans also ask for.
 * Quarters and half-years are tested before "năm", which "6 tháng đầu năm" also contains.
 */
final class ReportPeriod {

	private static final Pattern QUARTER = Pattern.compile("quy (iv|i{1,3}|[1-4])(?![a-z0-9])");

	private static final Map<String, String> QUARTERS = Map.of("1", "I", "2", "II", "3", "III", "4", "IV");

	private static final List<Map.Entry<Pattern, String>> LABELS = List.of(
			Map.entry(Pattern.compile("6 thang|sau thang|so ket"), "6 tháng"),
			Map.entry(Pattern.compile("9 thang|chin thang"), "9 tháng"),
			Map.entry(Pattern.compile("tong ket|(?<![a-z])nam(?![a-z])"), "Năm"),
			Map.entry(Pattern.compile("hang ngay|hàng ngày"), "Ngày"),
			Map.entry(Pattern.compile("hang thang|(?<![a-z])thang(?![a-z])"), "Tháng"),
			Map.entry(Pattern.compile("bao cao ngay|dot xuat"), "Đột xuất"));

	/** A report the plan asks for regularly without saying when ("định kỳ", "theo quy định"). */
	static final String PERIODIC = "Định kỳ";

	private ReportPeriod() {
	}

	/** "Quý I", "6 tháng", "9 tháng", "Năm", "Tháng", "Ngày", "Đột xuất", or {@code null} when the title names none. */
	static String of(String title) {
		String folded = VietnameseText.fold(title);
		Matcher quarter = QUARTER.matcher(folded);
		if (quarter.find()) {
			String number = quarter.group(1).toUpperCase(Locale.ROOT);
			return "Quý " + QUARTERS.getOrDefault(number, number);
		}
		return LABELS.stream()
			.filter((label) -> label.getKey().matcher(folded).find())
			.map(Map.Entry::getValue)
			.findFirst()
			.orElse(null);
	}

}
