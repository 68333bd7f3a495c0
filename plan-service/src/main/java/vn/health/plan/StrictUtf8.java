package vn.health.plan;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Text files people upload: UTF-8 only, byte-order mark dropped. A file saved as TCVN3 or Windows-1258 (still common
 * in Vietnamese offices) is refused by the caller rather than read as mojibake.
 */
public final class StrictUtf8 {

	private StrictUtf8() {
	}

	/** The text, or empty when the bytes are not UTF-8. */
	public static Optional<String> decode(byte[] content) {
		try {
			String text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content))
				.toString();
			return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
		}
		catch (CharacterCodingException ex) {
			return Optional.empty();
		}
	}

}
