package vn.health.infra.mail;

import java.util.concurrent.CountDownLatch;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.user.MessageDeliveryHandler;
import com.icegreen.greenmail.user.UserManager;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A local SMTP and IMAP server for the demo: accepts every message, keeps it in memory and
 * logs one line per recipient, so an operator can follow the e-mails in its log.
 * Arguments (all optional): {@code [host] [smtp-port] [imap-port]}, default 127.0.0.1 3025 3143.
 */
public final class DevMailServer {

	private static final Logger log = LoggerFactory.getLogger(DevMailServer.class);

	private DevMailServer() {
	}

	public static void main(String[] args) throws InterruptedException {
		String host = args.length > 0 ? args[0] : "127.0.0.1";
		int smtpPort = args.length > 1 ? Integer.parseInt(args[1]) : 3025;
		int imapPort = args.length > 2 ? Integer.parseInt(args[2]) : 3143;

		GreenMail greenMail = LocalMailServer.on(new ServerSetup[] {
				new ServerSetup(smtpPort, host, ServerSetup.PROTOCOL_SMTP),
				new ServerSetup(imapPort, host, ServerSetup.PROTOCOL_IMAP) })
			.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
		greenMail.start();
		logEachDelivery(greenMail.getUserManager());
		Runtime.getRuntime().addShutdownHook(new Thread(greenMail::stop, "dev-mail-stop"));
		log.info("Dev mail server ready: SMTP {}:{}, IMAP {}:{} (any user, any password)", host, smtpPort, host,
				imapPort);
		new CountDownLatch(1).await();
	}

	private static void logEachDelivery(UserManager users) {
		MessageDeliveryHandler deliver = users.getMessageDeliveryHandler();
		users.setMessageDeliveryHandler((message, recipient) -> {
			log.info("Mail to {}: {}", recipient.getEmail(), subjectOf(message.getMessage()));
			return deliver.handle(message, recipient);
		});
	}

	private static String subjectOf(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (MessagingException ex) {
			return "(unreadable subject: " + ex.getMessage() + ")";
		}
	}

}
