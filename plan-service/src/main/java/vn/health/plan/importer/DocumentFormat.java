package vn.health.plan.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Định dạng tệp — what an upload is, decided by its content first (a PDF starts with {@code %PDF-}, a
 * .docx is a zip holding {@code word/document.xml}) and by name and content type only for plain text
 * and HTML, which have no signature.
 */
enum DocumentFormat {

	TEXT, HTML, DOCX, PDF;

	static Optional<DocumentFormat> of(String fileName, String contentType, byte[] content) {
		String name = (fileName != null) ? fileName.toLowerCase(Locale.ROOT) : "";
		String type = (contentType != null) ? contentType.toLowerCase(Locale.ROOT) : "";
		if (startsWith(content, "%PDF-")) {
			return Optional.of(PDF);
		}
		if (startsWith(content, "PK\u0003\u0004")) {
			return isWordDocument(content) ? Optional.of(DOCX) : Optional.empty();
		}
		if (looksBinary(content)) {
			return Optional.empty();
		}
		String head = new String(content, 0, Math.min(content.length, 512), StandardCharsets.ISO_8859_1).strip()
			.toLowerCase(Locale.ROOT);
		if (name.endsWith(".html") || name.endsWith(".htm") || type.startsWith("text/html")
				|| head.startsWith("<!doctype html") || head.startsWith("<html")) {
			return Optional.of(HTML);
		}
		boolean noExtension = !name.contains(".");
		if (name.endsWith(".txt") || type.startsWith("text/plain") || noExtension) {
			return Optional.of(TEXT);
		}
		return Optional.empty();
	}

	private static boolean startsWith(byte[] content, String signature) {
		byte[] bytes = signature.getBytes(StandardCharsets.ISO_8859_1);
		if (content.length < bytes.length) {
			return false;
		}
		for (int i = 0; i < bytes.length; i++) {
			if (content[i] != bytes[i]) {
				return false;
			}
		}
		return true;
	}

	/** Text never holds NUL bytes; images, old .doc files and executables do within their first bytes. */
	private static boolean looksBinary(byte[] content) {
		for (int i = 0; i < Math.min(content.length, 8000); i++) {
			if (content[i] == 0) {
				return true;
			}
		}
		return false;
	}

	private static boolean isWordDocument(byte[] content) {
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				if (entry.getName().equals("word/document.xml")) {
					return true;
				}
			}
			return false;
		}
		catch (IOException | IllegalArgumentException ex) {
			return false;
		}
	}

}
