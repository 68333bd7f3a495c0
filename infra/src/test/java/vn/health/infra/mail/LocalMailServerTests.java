package vn.health.infra.mail;

import java.nio.charset.StandardCharsets;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.StreamProvider;
import org.junit.jupiter.api.Test;

import vn.health.testkit.ServiceFileReads;

import static org.assertj.core.api.Assertions.assertThat;

class LocalMailServerTests {

	/**
	 * GreenMail parses each message it takes, part by part, on threads that inherit the class loader of the thread
	 * that started it; through this server none of them asks ServiceLoader for Jakarta Mail's stream provider.
	 */
	@Test
	void receivedEmailsAreParsedWithoutLookingTheStreamProviderUpInTheServiceFiles() throws Exception {
		System.clearProperty(StreamProvider.class.getName());
		ServiceFileReads reads = ServiceFileReads.of(StreamProvider.class);
		GreenMail server = LocalMailServer.on(ServerSetupTest.SMTP.dynamicPort());
		reads.during(server::start);
		try {
			GreenMailUtil.sendMimeMessage(overdueAlert(server, "tyt-1@xa.example.vn"));
			GreenMailUtil.sendMimeMessage(overdueAlert(server, "tyt-2@xa.example.vn"));
			assertThat(server.waitForIncomingEmail(10_000, 2)).isTrue();
			assertThat(server.getReceivedMessages()).extracting(MimeMessage::getSubject)
				.containsExactly("[Quá hạn] Báo cáo quý IV", "[Quá hạn] Báo cáo quý IV");
		}
		finally {
			server.stop();
		}
		assertThat(reads.count()).as("reads of the service file of " + StreamProvider.class.getName()).isZero();
	}

	/** Like notification-service's: plain text and HTML, Vietnamese, as multipart/alternative. */
	private static MimeMessage overdueAlert(GreenMail server, String to) throws MessagingException {
		MimeMessage message = new MimeMessage(GreenMailUtil.getSession(server.getSmtp().getServerSetup()));
		message.setFrom(new InternetAddress("no-reply@syt.example.vn"));
		message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
		message.setSubject("[Quá hạn] Báo cáo quý IV", StandardCharsets.UTF_8.name());
		MimeBodyPart text = new MimeBodyPart();
		text.setText("Báo cáo quý IV đã quá hạn.", StandardCharsets.UTF_8.name());
		MimeBodyPart html = new MimeBodyPart();
		html.setContent("<p>Báo cáo quý IV đã quá hạn.</p>", "text/html; charset=UTF-8");
		message.setContent(new MimeMultipart("alternative", text, html));
		return message;
	}

}
