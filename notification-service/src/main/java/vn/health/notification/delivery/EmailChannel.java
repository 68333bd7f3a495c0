package vn.health.notification.delivery;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.util.StreamProvider;

import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import vn.health.notification.NotificationProperties;

/**
 * Kênh thư điện tử — sends e-mail over SMTP as multipart/alternative (plain text and HTML, UTF-8). The
 * SMTP socket timeouts in {@code application.yml} end a hung connection behind the channel's time limiter.
 */
@Component
public final class EmailChannel implements OutboundChannel {

	/*
	 * Jakarta Mail 2.1 looks its StreamProvider up again for every multipart and every encoded part
	 * (jakartaee/mail-api#699, #861). Through ServiceLoader that means scanning the service files of every jar, which in
	 * the packaged service (nested jars) took nine tenths of the CPU an e-mail cost. The lookup reads the system
	 * property named after the interface first, so the provider ServiceLoader finds now is named there once.
	 */
	static {
		String lookedUp = StreamProvider.class.getName();
		if (System.getProperty(lookedUp) == null) {
			System.setProperty(lookedUp, StreamProvider.provider().getClass().getName());
		}
	}

	private final JavaMailSender mail;

	private final NotificationProperties settings;

	EmailChannel(JavaMailSender mail, NotificationProperties settings) {
		this.mail = mail;
		this.settings = settings;
	}

	@Override
	public Channel kind() {
		return Channel.EMAIL;
	}

	@Override
	public void send(String address, Notice notice, String trackingId) {
		send(Email.of(address, notice));
	}

	private void send(Email email) {
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
