package vn.health.notification.delivery;

import java.io.IOException;
import java.net.URL;
import java.util.Enumeration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.util.StreamProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.mail.javamail.JavaMailSenderImpl;

import vn.health.notification.NotificationProperties;

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
		Thread thread = Thread.currentThread();
		ClassLoader previous = thread.getContextClassLoader();
		ServiceFileReads reads = new ServiceFileReads(previous);
		thread.setContextClassLoader(reads);
		try {
			channel.send("tyt-1@xa.example.vn", OVERDUE, "d-1");
			channel.send("tyt-2@xa.example.vn", OVERDUE, "d-2");
		}
		finally {
			thread.setContextClassLoader(previous);
		}
		assertThat(smtp.getReceivedMessages()).hasSize(2);
		assertThat(reads.ofStreamProvider.get()).as("reads of META-INF/services/" + StreamProvider.class.getName())
			.isZero();
	}

	/** Counts what ServiceLoader would read to find the stream provider through this loader. */
	private static final class ServiceFileReads extends ClassLoader {

		final AtomicInteger ofStreamProvider = new AtomicInteger();

		ServiceFileReads(ClassLoader parent) {
			super(parent);
		}

		@Override
		public Enumeration<URL> getResources(String name) throws IOException {
			if (name.equals("META-INF/services/" + StreamProvider.class.getName())) {
				this.ofStreamProvider.incrementAndGet();
			}
			return super.getResources(name);
		}

	}

}
