package vn.health.notification.delivery;

import java.util.Map;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.StreamProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.mail.javamail.JavaMailSenderImpl;

import vn.health.notification.NotificationProperties;
import vn.health.testkit.ServiceFileReads;

import static org.assertj.core.api.Assertions.assertThat;

class EmailChannelTests {

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

	private static final Notice OVERDUE = new Notice("[Quá hạn] Báo cáo quý IV", "Báo cáo quý IV đã quá hạn.",
			"<p>Báo cáo quý IV đã quá hạn.</p>", "Báo cáo quá hạn", "overdue", Map.of());

	/**
	 * Each e-mail is a multipart of encoded parts, and Jakarta Mail asks for its StreamProvider for each of them; the
	 * channel has that answered from the system property, not by ServiceLoader reading every jar's service files.
	 */
	@Test
	void emailsAreBuiltWithoutLookingTheStreamProviderUpInTheServiceFiles() {
		EmailChannel channel = channel();
		ServiceFileReads reads = ServiceFileReads.of(StreamProvider.class);
		reads.during(() -> {
			channel.send("tyt-1@xa.example.vn", OVERDUE, "d-1");
			channel.send("tyt-2@xa.example.vn", OVERDUE, "d-2");
		});
		assertThat(smtp.getReceivedMessages()).hasSize(2);
		assertThat(reads.count()).as("reads of the service file of " + StreamProvider.class.getName()).isZero();
	}

	/**
	 * One multipart/alternative of two UTF-8 parts in base64, not the quoted-printable Jakarta Mail would pick for
	 * Vietnamese text (its encoder writes a byte at a time); decoded, the Vietnamese text is intact.
	 */
	@Test
	void anEmailIsPlainTextAndHtmlInBase64() throws Exception {
		channel().send("tyt-3@xa.example.vn", OVERDUE, "d-3");

		MimeMessage received = smtp.getReceivedMessages()[0];
		assertThat(received.getSubject()).isEqualTo("[Quá hạn] Báo cáo quý IV");
		assertThat(((InternetAddress) received.getFrom()[0]).getPersonal()).isEqualTo("Sở Y tế");
		assertThat(received.getSentDate()).isNotNull();
		assertThat(received.getContentType()).startsWith("multipart/alternative");
		MimeMultipart alternative = (MimeMultipart) received.getContent();
		assertThat(alternative.getCount()).isEqualTo(2);
		BodyPart text = alternative.getBodyPart(0);
		BodyPart html = alternative.getBodyPart(1);
		assertThat(text.getContentType()).isEqualToIgnoringCase("text/plain; charset=UTF-8");
		assertThat(html.getContentType()).isEqualToIgnoringCase("text/html; charset=UTF-8");
		assertThat(text.getHeader("Content-Transfer-Encoding")).containsExactly("base64");
		assertThat(html.getHeader("Content-Transfer-Encoding")).containsExactly("base64");
		assertThat(text.getContent()).isEqualTo("Báo cáo quý IV đã quá hạn.");
		assertThat(html.getContent()).isEqualTo("<p>Báo cáo quý IV đã quá hạn.</p>");
	}

	private static EmailChannel channel() {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost("127.0.0.1");
		sender.setPort(smtp.getSmtp().getPort());
		return new EmailChannel(sender, new NotificationProperties("no-reply@syt.example.vn", "Sở Y tế", "http://localhost:8080"));
	}

}
