package vn.health.servicekit.lgsp;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Một lần gửi lên LGSP — one package or set of figures to deliver, stored before any network call so that an
 * LGSP outage or a restart loses nothing. Its id goes with every attempt as {@code Idempotency-Key}, so the LGSP
 * can drop an attempt it already accepted (one whose answer timed out on the way back).
 *
 * @param subject what was sent, for status reads: {@code plan:<id>}, {@code report:<plan>:<period>}
 * @param attempts HTTP attempts made so far
 * @param lastStatus the LGSP's HTTP status of the last attempt, absent when it did not answer
 */
@Document("lgsp_sends")
@CompoundIndex(name = "due", def = "{'status': 1, 'nextAttemptAt': 1}")
@CompoundIndex(name = "subject", def = "{'subject': 1, 'createdAt': -1}")
public record LgspSend(@Id String id, Kind kind, String subject, String contentType, String body, Status status,
		int attempts, Instant createdAt, Instant nextAttemptAt, Instant sentAt, Integer lastStatus, String lastError,
		String requestedBy) {

	/** What is sent, which decides the LGSP path. */
	public enum Kind {

		/** An edXML package (QCVN 102:2016/BTTTT). */
		DOCUMENT,
		/** Consolidated report figures. */
		REPORT

	}

	public enum Status {

		QUEUED, SENT, FAILED

	}

	static LgspSend queued(String id, Kind kind, String subject, String contentType, String body, String requestedBy,
			Instant now) {
		return new LgspSend(id, kind, subject, contentType, body, Status.QUEUED, 0, now, now, null, null, null,
				requestedBy);
	}

	LgspSend sent(int tries, int status, Instant now) {
		return new LgspSend(this.id, this.kind, this.subject, this.contentType, this.body, Status.SENT,
				this.attempts + tries, this.createdAt, null, now, status, this.lastError, this.requestedBy);
	}

	/** Tried again at {@code next}, or FAILED when there is no next time. */
	LgspSend failed(int tries, Integer status, String error, Instant next) {
		return new LgspSend(this.id, this.kind, this.subject, this.contentType, this.body,
				(next != null) ? Status.QUEUED : Status.FAILED, this.attempts + tries, this.createdAt, next, null,
				status, error, this.requestedBy);
	}

	/** Trạng thái gửi — the send as a status read shows it (without the body). */
	public LgspSendStatus view() {
		return new LgspSendStatus(this.id, this.kind, this.subject, this.status, this.attempts, this.createdAt,
				this.nextAttemptAt, this.sentAt, this.lastStatus, this.lastError, this.requestedBy);
	}

}
