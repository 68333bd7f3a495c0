package vn.health.notification.delivery;

import java.util.Map;

/**
 * Nội dung thông báo — one notification in every form the channels need, stored with its delivery so a
 * deferred or failed delivery can be sent later exactly as first written.
 *
 * @param shortText the SMS text, Vietnamese with diacritics
 * @param template the Zalo template's logical name (mapped to a template id in settings)
 * @param templateData the values of the Zalo template's parameters
 */
public record Notice(String subject, String text, String html, String shortText, String template,
		Map<String, String> templateData) {

}
