package vn.health.calendar.feed;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Mã truy cập lịch — the secret that opens a unit's feed. Only its SHA-256 is stored: the token is 256 random bits,
 * so a fast hash is enough and a leaked database does not open any feed.
 */
@Document("feed_tokens")
record FeedToken(@Id String unitId, String hash, Instant issuedAt) {

	private static final SecureRandom RANDOM = new SecureRandom();

	/** A new secret for {@code unitId}; the caller sees the token once, the store keeps its hash. */
	static Issued issue(String unitId, Instant now) {
		byte[] secret = new byte[32];
		RANDOM.nextBytes(secret);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		return new Issued(new FeedToken(unitId, hash(token), now), token);
	}

	/**
	 * Stands in for a unit without a token: it accepts nothing (no token hashes to it), and checking against it
	 * costs what checking a real one does, so response times do not tell which units have a feed.
	 */
	static FeedToken none(String unitId) {
		return new FeedToken(unitId, "-".repeat(64), null);
	}

	/** Compares in constant time, so response times do not leak how much of a guess was right. */
	boolean accepts(String presented) {
		return presented != null && MessageDigest.isEqual(hash(presented).getBytes(StandardCharsets.US_ASCII),
				this.hash.getBytes(StandardCharsets.US_ASCII));
	}

	private static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

	/** The stored token and the secret to hand out once. */
	record Issued(FeedToken stored, String token) {

	}

}
