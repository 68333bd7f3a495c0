package vn.health.console.notifications;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.health.console.web.FormState;

import org.springframework.util.MultiValueMap;

/**
 * Loại thông báo theo kênh — which notices each channel of a unit carries, as notification-service's
 * {@code eventTypes} has them: a channel without an entry carries every notice, so a channel with every type ticked
 * is sent without one (and keeps getting the types added later). The form has one checkbox list per channel, named
 * {@code eventTypes.<CHANNEL>} like the API's field, so its problems show under that channel.
 */
final class ChannelNotices {

	/** The notice types notification-service lets a channel choose, in the page's order, with Vietnamese names. */
	static final Map<String, String> TYPES = types();

	/** The API stores the CloudEvents type ({@code vn.health.report.overdue}) and takes the short name. */
	private static final String STORED_PREFIX = "vn.health.";

	private ChannelNotices() {
	}

	static String field(String channel) {
		return "eventTypes." + channel;
	}

	/** The form's values for the stored choice: a channel without an entry has every type ticked. */
	static void fill(Map<String, List<String>> stored, Map<String, String> values) {
		PreferencesPage.CHANNELS.keySet().forEach((channel) -> values.put(field(channel), String.join(",",
				stored.getOrDefault(channel, List.copyOf(TYPES.keySet()))
					.stream()
					.map((type) -> type.startsWith(STORED_PREFIX) ? type.substring(STORED_PREFIX.length()) : type)
					.toList())));
	}

	/** What the user ticked, kept in the form so a refused form shows it again. */
	static void fill(MultiValueMap<String, String> params, Map<String, String> values) {
		PreferencesPage.CHANNELS.keySet()
			.forEach((channel) -> values.put(field(channel), String.join(",", params.getOrDefault(field(channel), List.of()))));
	}

	/**
	 * The {@code eventTypes} to send for the channels that are on; a channel on with nothing ticked is refused here,
	 * with a clearer message than the API's.
	 */
	static Map<String, List<String>> chosen(List<String> channels, FormState form) {
		Map<String, List<String>> chosen = new LinkedHashMap<>();
		for (String channel : channels) {
			List<String> types = form.choices(field(channel));
			if (types.isEmpty()) {
				form.reject(field(channel), "Chọn ít nhất một loại thông báo cho kênh này, hoặc bỏ chọn kênh");
			}
			else if (!types.containsAll(TYPES.keySet())) {
				chosen.put(channel, types);
			}
		}
		return chosen;
	}

	private static Map<String, String> types() {
		Map<String, String> names = new LinkedHashMap<>();
		names.put("report.due-soon", "Nhắc hạn báo cáo sắp đến");
		names.put("report.overdue", "Báo cáo của đơn vị đã quá hạn");
		names.put("report.escalated", "Đơn vị cấp dưới chậm báo cáo");
		names.put("report.returned", "Báo cáo bị đơn vị nhận trả lại");
		names.put("calendar.theme-upcoming", "Sắp đến ngày chủ đề truyền thông");
		return names;
	}

}
