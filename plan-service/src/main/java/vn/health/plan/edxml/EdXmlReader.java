package vn.health.plan.edxml;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

import org.w3c.dom.Element;

import vn.health.servicekit.edxml.EdXmlAttachment;
import vn.health.servicekit.edxml.EdXmlHeader;
import vn.health.servicekit.edxml.EdXmlWriter;
import vn.health.servicekit.web.FieldProblem;
import vn.health.servicekit.web.InputErrors;
import vn.health.servicekit.web.InvalidInputException;

/** Đọc gói tin edXML — an {@code EdXMLEnvelope} into its header and attachments, every missing field reported. */
public final class EdXmlReader {

	public static final String NAMESPACE = EdXmlWriter.NAMESPACE;

	/** The limit set for this platform (issue 11): twice the importer's 10 MB, as base64 adds a third. */
	public static final int MAX_BYTES = 20 * 1024 * 1024;

	private EdXmlReader() {
	}

	/** Reads at most {@link #MAX_BYTES} (and one more to tell) from the stream, then the package. */
	public static EdXmlPackage read(InputStream in) {
		try {
			byte[] xml = in.readNBytes(MAX_BYTES + 1);
			if (xml.length > MAX_BYTES) {
				throw new OversizePackage();
			}
			return read(xml);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static EdXmlPackage read(byte[] xml) {
		if (xml.length > MAX_BYTES) {
			throw new OversizePackage();
		}
		Element root = SecureXml.parse(xml).getDocumentElement();
		if (!NAMESPACE.equals(root.getNamespaceURI()) || !"edXMLEnvelope".equalsIgnoreCase(root.getLocalName())) {
			throw invalid("", "Gói tin phải có phần tử gốc EdXMLEnvelope thuộc không gian tên " + NAMESPACE,
					"The package root must be EdXMLEnvelope in namespace " + NAMESPACE + ", not {"
							+ root.getNamespaceURI() + "}" + root.getLocalName());
		}
		InputErrors errors = new InputErrors();
		Element header = EnvelopeElements.first(root, "MessageHeader");
		errors.check(header != null, "MessageHeader", "Gói tin thiếu phần MessageHeader",
				"The package has no MessageHeader");
		errors.throwIfAny();
		EdXmlHeader read = EnvelopeElements.header(header, errors);
		List<EdXmlAttachment> attachments = attachments(root, errors);
		errors.throwIfAny();
		return new EdXmlPackage(read, attachments, sha256(xml));
	}

	private static List<EdXmlAttachment> attachments(Element root, InputErrors errors) {
		List<EdXmlAttachment> attachments = new ArrayList<>();
		List<Element> found = EnvelopeElements.all(EnvelopeElements.first(root, "AttachmentEncoded"), "Attachment");
		for (int i = 0; i < found.size(); i++) {
			String field = "AttachmentEncoded.Attachment[" + i + "].";
			String name = EnvelopeElements.text(found.get(i), "AttachmentName");
			String encoded = EnvelopeElements.text(found.get(i), "ContentTransferEncoded");
			errors.requireText(name, field + "AttachmentName", "Tệp đính kèm thiếu tên (AttachmentName)",
					"The attachment has no AttachmentName");
			errors.requireText(encoded, field + "ContentTransferEncoded", "Tệp đính kèm thiếu nội dung base64",
					"The attachment has no base64 content (ContentTransferEncoded)");
			byte[] content = null;
			try {
				content = (encoded != null) ? Base64.getMimeDecoder().decode(encoded) : null;
			}
			catch (IllegalArgumentException ex) {
				errors.check(false, field + "ContentTransferEncoded", "Nội dung tệp đính kèm không phải base64 hợp lệ",
						"The attachment content is not valid base64");
			}
			attachments.add(new EdXmlAttachment(name, EnvelopeElements.text(found.get(i), "ContentType"), content));
		}
		return attachments;
	}

	static InvalidInputException invalid(String field, String message, String messageEn) {
		return new InvalidInputException(List.of(new FieldProblem(field, message, messageEn)));
	}

	private static String sha256(byte[] xml) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(xml));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
