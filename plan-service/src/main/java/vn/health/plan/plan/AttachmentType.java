package vn.health.plan.plan;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of file a plan may carry: office documents, PDFs, images and UTF-8 text. A file is accepted only
 * when its name's extension and its first bytes agree, so a renamed executable is not stored as a ".pdf".
 */
enum AttachmentType {

	PDF("application/pdf", List.of("pdf"), "255044462d"),
	DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", List.of("docx"), "504b0304"),
	XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", List.of("xlsx"), "504b0304"),
	DOC("application/msword", List.of("doc"), "d0cf11e0a1b11ae1"),
	XLS("application/vnd.ms-excel", List.of("xls"), "d0cf11e0a1b11ae1"),
	PNG("image/png", List.of("png"), "89504e470d0a1a0a"),
	JPEG("image/jpeg", List.of("jpg", "jpeg"), "ffd8ff"),
	TEXT("text/plain;charset=UTF-8", List.of("txt", "csv"), null);

	private final String contentType;

	private final List<String> extensions;

	private final byte[] magic;

	AttachmentType(String contentType, List<String> extensions, String magic) {
		this.contentType = contentType;
		this.extensions = extensions;
		this.magic = (magic != null) ? HexFormat.of().parseHex(magic) : null;
	}

	String contentType() {
		return this.contentType;
	}

	/** The type whose extension {@code fileName} has and whose signature {@code head} starts with. */
	static Optional<AttachmentType> recognise(String fileName, byte[] head) {
		String extension = extensionOf(fileName);
		return Arrays.stream(values())
			.filter((type) -> type.extensions.contains(extension) && type.matches(head))
			.findFirst();
	}

	static String allowedExtensions() {
		return String.join(", ", Arrays.stream(values()).flatMap((type) -> type.extensions.stream()).toList());
	}

	private boolean matches(byte[] head) {
		if (this.magic == null) {
			return isUtf8(head);
		}
		return head.length >= this.magic.length && Arrays.equals(head, 0, this.magic.length, this.magic, 0,
				this.magic.length);
	}

	/** Text is checked on the bytes read so far, minus a sequence the read may have cut in two. */
	private static boolean isUtf8(byte[] head) {
		int end = head.length;
		for (int back = 1; back <= 3 && end - back >= 0; back++) {
			if ((head[end - back] & 0xC0) == 0xC0) {
				end -= back;
				break;
			}
			if ((head[end - back] & 0x80) == 0) {
				break;
			}
		}
		try {
			StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(head, 0, end));
			return noNul(head, end);
		}
		catch (CharacterCodingException ex) {
			return false;
		}
	}

	private static boolean noNul(byte[] bytes, int end) {
		for (int i = 0; i < end; i++) {
			if (bytes[i] == 0) {
				return false;
			}
		}
		return true;
	}

	private static String extensionOf(String fileName) {
		int dot = (fileName != null) ? fileName.lastIndexOf('.') : -1;
		return (dot >= 0) ? fileName.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
	}

}
