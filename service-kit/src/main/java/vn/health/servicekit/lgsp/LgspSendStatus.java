package vn.health.servicekit.lgsp;

import java.time.Instant;

/**
 * Trạng thái gửi lên LGSP — what {@code GET …/lgsp-sends} answers: where a send stands, how many HTTP attempts it
 * took, and the LGSP's last answer (status code, or the error when it did not answer).
 *
 * @param nextAttemptAt when a QUEUED send is tried next; absent once SENT or FAILED
 */
public record LgspSendStatus(String id, LgspSend.Kind kind, String subject, LgspSend.Status status, int attempts,
		Instant createdAt, Instant nextAttemptAt, Instant sentAt, Integer lastStatus, String lastError,
		String requestedBy) {

}
