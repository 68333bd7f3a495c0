package vn.health.servicekit.lgsp;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;

import vn.health.servicekit.lock.Leases;

/**
 * Quét gửi LGSP — every {@code platform.lgsp.sweep-period}, one instance at a time, tries the sends now due. A send
 * the LGSP did not accept waits in the store for its next sweep: as long again as it has been waiting already (at
 * least {@code first-delay}, at most {@code max-delay}), so the waits double while the LGSP stays down; after
 * {@code give-up-after} it is FAILED, and so at once when the LGSP refuses it for good.
 */
public class LgspSweep {

	private static final Logger log = LoggerFactory.getLogger(LgspSweep.class);

	private static final int MAX_ERROR_LENGTH = 500;

	private final LgspSends sends;

	private final LgspClient client;

	private final Leases leases;

	private final LgspProperties settings;

	private final Clock clock;

	LgspSweep(LgspSends sends, LgspClient client, Leases leases, LgspProperties settings, Clock clock) {
		this.sends = sends;
		this.client = client;
		this.leases = leases;
		this.settings = settings;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${platform.lgsp.sweep-period:10s}",
			initialDelayString = "${platform.lgsp.sweep-period:10s}")
	void run() {
		this.leases.run("lgsp-sends", this.settings.lease(), this::sendDue);
	}

	/** Tries the sends due now, one batch; returns how many this call tried. */
	public int sendDue() {
		Instant now = this.clock.instant();
		int tried = 0;
		for (LgspSend send : this.sends.due(now, this.settings.batchSize())) {
			if (this.sends.claim(send, now.plus(this.settings.lease()))) {
				this.sends.record(attempt(send));
				tried++;
			}
		}
		return tried;
	}

	private LgspSend attempt(LgspSend send) {
		AtomicInteger tries = new AtomicInteger();
		try {
			int status = this.client.post(send, tries);
			log.info("LGSP accepted send {} ({}) after {} attempt(s)", send.id(), send.subject(),
					send.attempts() + tries.get());
			return send.sent(tries.get(), status, this.clock.instant());
		}
		catch (Exception ex) {
			Throwable cause = (ex instanceof ExecutionException && ex.getCause() != null) ? ex.getCause() : ex;
			Integer status = (cause instanceof LgspRefused refused) ? refused.status() : null;
			boolean permanent = cause instanceof LgspRefused refused && refused.permanent();
			LgspSend after = send.failed(tries.get(), status, describe(cause), permanent ? null : nextAttempt(send));
			log.warn("LGSP send {} ({}) not accepted: {}; {}", send.id(), send.subject(), after.lastError(),
					(after.status() == LgspSend.Status.FAILED) ? "given up" : "next attempt at " + after.nextAttemptAt());
			return after;
		}
	}

	/** The next sweep's time for a send that failed now, or {@code null} when it has had its time. */
	private Instant nextAttempt(LgspSend send) {
		Instant now = this.clock.instant();
		Duration age = Duration.between(send.createdAt(), now);
		if (age.compareTo(this.settings.giveUpAfter()) >= 0) {
			return null;
		}
		Duration wait = (age.compareTo(this.settings.firstDelay()) < 0) ? this.settings.firstDelay() : age;
		return now.plus((wait.compareTo(this.settings.maxDelay()) > 0) ? this.settings.maxDelay() : wait);
	}

	private static String describe(Throwable error) {
		String text = switch (error) {
			case TimeoutException timeout -> "No answer within the timeout";
			case CallNotPermittedException open -> "Circuit breaker open: the LGSP failed too often, not called";
			default -> error.getClass().getSimpleName() + ": " + error.getMessage();
		};
		return (text.length() > MAX_ERROR_LENGTH) ? text.substring(0, MAX_ERROR_LENGTH) + "…" : text;
	}

}
