package vn.health.infra.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.util.StreamProvider;

/**
 * GreenMail as a local mail server: the dev mail server's, the fault suite's, the end-to-end tests' and the
 * benchmarks'. GreenMail parses every message it takes, and Jakarta Mail 2.1 looks its StreamProvider up again for
 * every part it parses (jakartaee/mail-api#699, #861); through ServiceLoader that reads the service files of every jar
 * on the class path, which took over half of the fault suite's CPU for its thousands of alert e-mails. The lookup reads
 * the system property named after the interface first, so the provider found once is named there.
 */
public final class LocalMailServer {

	private LocalMailServer() {
	}

	/** A server on {@code setups}, not yet started. */
	public static GreenMail on(ServerSetup... setups) {
		String lookedUp = StreamProvider.class.getName();
		if (System.getProperty(lookedUp) == null) {
			System.setProperty(lookedUp, StreamProvider.provider().getClass().getName());
		}
		return new GreenMail(setups);
	}

}
