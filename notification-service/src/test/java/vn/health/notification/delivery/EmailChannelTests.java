package vn.health.notification.delivery;

import java.util.Map;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
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
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost("127.0.0.1");
		sender.setPort(smtp.getSmtp().getPort());
		EmailChannel channel = new EmailChannel(sender,
				new NotificationProperties("no-reply@syt.example.vn", "Sở Y tế", "http://localhost:8080"));
		ServiceFileReads reads = ServiceFileReads.of(StreamProvider.class);
		reads.during(() -> {
			channel.send("tyt-1@xa.example.vn", OVERDUE, "d-1");
			channel.send("tyt-2@xa.example.vn", OVERDUE, "d-2");
		});
		assertThat(smtp.getReceivedMessages()).hasSize(2);
		assertThat(reads.count()).as("reads of the service file of " + StreamProvider.class.getName()).isZero();
	}

}
