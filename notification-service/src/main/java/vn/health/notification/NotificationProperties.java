package vn.health.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the service, under {@code notification.*}.
 *
 * @param mailFrom sender address of outgoing e-mail ({@code MAIL_FROM}), default {@code no-reply@demo.syt.vn}
 * @param mailSenderName display name shown with that address, default {@code Hệ thống Truyền thông Y tế}
 * @param consoleBaseUrl where the console is reached from units' mail clients ({@code CONSOLE_BASE_URL}), used for
 * the link in each notice, default {@code http://localhost:8080}
 */
@ConfigurationProperties("notification")
public record NotificationProperties(@DefaultValue("no-reply@demo.syt.vn") String mailFrom,
		@DefaultValue("Hệ thống Truyền thông Y tế") String mailSenderName,
		@DefaultValue("http://localhost:8080") String consoleBaseUrl) {

}
