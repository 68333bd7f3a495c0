package vn.health.notification.theme;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import vn.health.contracts.calendar.ThemeUpcoming;
import vn.health.notification.delivery.Letter;
import vn.health.notification.delivery.Notice;

/**
 * Thông báo sắp đến ngày chủ đề — the Vietnamese notice that a theme day or campaign starts in a few days, so
 * the unit can prepare its activities; also the parameters of the Zalo template {@code theme-upcoming}.
 */
public record ThemeNotice(String subject, String text, String html, String shortText,
		Map<String, String> templateData) {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	static final String ZALO_TEMPLATE = "theme-upcoming";

	public static ThemeNotice of(ThemeUpcoming theme, String unitName) {
		String when = when(theme);
		String subject = "[Sắp đến] " + theme.name() + " – " + when + ": còn " + theme.daysBefore() + " ngày";
		List<Map.Entry<String, String>> facts = new ArrayList<>(
				List.of(Map.entry("Chủ đề", theme.name()), Map.entry("Thời gian", when)));
		if (theme.planNumber() != null && !theme.planNumber().isBlank()) {
			facts.add(Map.entry("Theo kế hoạch", theme.planNumber()));
		}
		facts.add(Map.entry("Còn lại", theme.daysBefore() + " ngày"));
		Letter letter = new Letter(List.of("Kính gửi: " + unitName + ",", "Sắp đến ngày/đợt truyền thông chủ đề sau:"),
				facts, "Đề nghị đơn vị chủ động chuẩn bị các hoạt động truyền thông hưởng ứng.");
		String shortText = subject + ". Đề nghị chuẩn bị hoạt động hưởng ứng.";
		Map<String, String> templateData = Map.of("unit_name", unitName, "theme", theme.name(), "date", when,
				"days_left", String.valueOf(theme.daysBefore()));
		return new ThemeNotice(subject, letter.text(), letter.html(), shortText, templateData);
	}

	/** One date for a day, "01/04/2024 – 30/04/2024" for a week, month or campaign. */
	static String when(ThemeUpcoming theme) {
		if (theme.end() == null || theme.end().equals(theme.start())) {
			return DATE.format(theme.start());
		}
		return DATE.format(theme.start()) + " – " + DATE.format(theme.end());
	}

	public Notice toNotice() {
		return new Notice(this.subject, this.text, this.html, this.shortText, ZALO_TEMPLATE, this.templateData);
	}

}
