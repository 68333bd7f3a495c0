package vn.health.notification.delivery;

import java.io.UnsupportedEncodingException;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.StreamProvider;

import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

import vn.health.notification.NotificationProperties;

/**
 * Kênh thư điện tử — sends e-mail over SMTP as multipart/alternative (plain text and HTML, UTF-8). The
 * SMTP socket timeouts in {@code application.yml} end a hung connection behind the channel's time limiter.
 */
@Component
public final class EmailChannel implements OutboundChannel {

	private static final String UTF_8 = "UTF-8";

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
			message.setFrom(new InternetAddress(this.settings.mailFrom(), this.settings.mailSenderName(), UTF_8));
			message.setRecipient(Message.RecipientType.TO, new InternetAddress(email.to(), true));
			message.setSubject(email.subject(), UTF_8);
			message.setContent(new MimeMultipart("alternative", part(email.text(), "plain"), part(email.html(), "html")));
		}
		catch (MessagingException | UnsupportedEncodingException ex) {
			throw new MailPreparationException("Could not build e-mail to " + email.to(), ex);
		}
		this.mail.send(message);
	}

	/**
	 * A UTF-8 text part in base64. Jakarta Mail would pick quoted-printable for Vietnamese text, whose encoder hands
	 * the connection one byte at a time: in a burst of alerts that was a tenth of the service's CPU. Base64 is
	 * encoded in blocks, and every mail client reads it.
	 */
	private static MimeBodyPart part(String text, String subtype) throws MessagingException {
		MimeBodyPart part = new MimeBodyPart();
		part.setText(text, UTF_8, subtype);
		part.setHeader("Content-Transfer-Encoding", "base64");
		return part;
	}

}
