package vn.health.notification.delivery;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import vn.health.notification.NotificationProperties;

/**
 * Sends e-mail over SMTP as multipart/alternative (plain text and HTML, UTF-8). A failure is thrown,
 * so the consumer retries the event and finally dead-letters it; the SMTP timeouts in
 * {@code application.yml} keep a dead server from holding the consumer.
 */
@Component
public class EmailChannel {

	private final JavaMailSender mail;

	private final NotificationProperties settings;

	EmailChannel(JavaMailSender mail, NotificationProperties settings) {
		this.mail = mail;
		this.settings = settings;
	}

	public void send(Email email) {
		MimeMessage message = this.mail.createMimeMessage();
		try {
			MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
			helper.setFrom(this.settings.mailFrom(), this.settings.mailSenderName());
			helper.setTo(email.to());
			helper.setSubject(email.subject());
			helper.setText(email.text(), email.html());
		}
		catch (MessagingException | UnsupportedEncodingException ex) {
			throw new MailPreparationException("Could not build e-mail to " + email.to(), ex);
		}
		this.mail.send(message);
	}

}
