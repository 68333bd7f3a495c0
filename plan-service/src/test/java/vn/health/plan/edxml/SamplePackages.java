package vn.health.plan.edxml;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/** The hand-written packages of {@code src/test/resources/edxml}, with their {@code {{placeholders}}} filled in. */
final class SamplePackages {

	static final String BAC_GIANG_TEXT = "/importer/bac-giang-2024-ke-hoach-truyen-thong-y-te.txt";

	private SamplePackages() {
	}

	/** The Bắc Giang plan sent by its Sở Y tế, the plan text attached as base64. */
	static byte[] bacGiang(String documentId) {
		String attachment = Base64.getMimeEncoder().encodeToString(resource(BAC_GIANG_TEXT));
		return named("bac-giang-2024.xml", Map.of("documentId", documentId, "attachment", attachment));
	}

	static byte[] named(String name, Map<String, String> values) {
		String xml = new String(resource("/edxml/" + name), StandardCharsets.UTF_8);
		for (Map.Entry<String, String> value : values.entrySet()) {
			xml = xml.replace("{{" + value.getKey() + "}}", value.getValue());
		}
		return xml.getBytes(StandardCharsets.UTF_8);
	}

	static byte[] resource(String path) {
		try (InputStream in = SamplePackages.class.getResourceAsStream(path)) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
