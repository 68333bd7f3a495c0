package vn.health.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the service, under {@code notification.*}.
 *
 * @param mailFrom sender address of outgoing e-mail ({@code MAIL_FROM}), default {@code no-reply@demo.syt.vn}
 * @param mailSenderName display name shown with that address, default {@code Hệ thống Truyền thông Y tế}
 */
@ConfigurationProperties("notification")
public record NotificationProperties(@DefaultValue("no-reply@demo.syt.vn") String mailFrom,
		@DefaultValue("Hệ thống Truyền thông Y tế") String mailSenderName) {

}
