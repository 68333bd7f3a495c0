package vn.health.plan.edxml;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import vn.health.servicekit.edxml.EdXmlHeader;
import vn.health.servicekit.web.InputErrors;

/** Phần tử gói tin — finds the edXML elements of an envelope and reads the {@code MessageHeader}'s fields. */
final class EnvelopeElements {

	private static final DateTimeFormatter PRINTED = DateTimeFormatter.ofPattern("d/M/yyyy");

	private EnvelopeElements() {
	}

	static EdXmlHeader header(Element header, InputErrors errors) {
		Element from = child(header, "From");
		EdXmlHeader.Organ sender = organ(from);
		errors.requireText(sender.organId(), "MessageHeader.From.OrganId", "Thiếu mã cơ quan gửi (From/OrganId)",
				"The sender's OrganId is missing");
		errors.requireText(sender.organName(), "MessageHeader.From.OrganName", "Thiếu tên cơ quan gửi (From/OrganName)",
				"The sender's OrganName is missing");
		String documentId = text(header, "DocumentId");
		errors.requireText(documentId, "MessageHeader.DocumentId", "Thiếu mã văn bản (DocumentId)",
				"The DocumentId is missing");
		Element code = child(header, "Code");
		String notation = text(code, "CodeNotation");
		errors.requireText(notation, "MessageHeader.Code.CodeNotation", "Thiếu ký hiệu văn bản (Code/CodeNotation)",
				"The document symbol (Code/CodeNotation) is missing");
		Element promulgation = child(header, "PromulgationInfo");
		LocalDate date = date(text(promulgation, "PromulgationDate"), errors);
		String subject = text(header, "Subject");
		errors.requireText(subject, "MessageHeader.Subject", "Thiếu trích yếu văn bản (Subject)",
				"The document subject is missing");
		Element type = child(header, "DocumentType");
		String typeName = (text(type, "TypeName") != null) ? text(type, "TypeName")
				: (text(type, "Type") != null) ? text(type, "Type") : ownText(type);
		Element signer = child(header, "SignerInfo");
		EdXmlHeader.SignerInfo signerInfo = (signer != null) ? new EdXmlHeader.SignerInfo(text(signer, "Competence"),
				text(signer, "Function"), text(signer, "FullName")) : null;
		List<String> toPlaces = all(child(header, "ToPlaces"), "Place").stream()
			.map(EnvelopeElements::ownText)
			.filter((place) -> place != null)
			.toList();
		List<EdXmlHeader.Organ> to = all(header, "To").stream().map(EnvelopeElements::organ).toList();
		return new EdXmlHeader(sender, to, documentId, text(code, "CodeNumber"), notation, text(promulgation, "Place"),
				date, typeName, subject, signerInfo, toPlaces);
	}

	/** {@code 2024-03-11} as QCVN 102 writes it; {@code 11/3/2024} as people type it. */
	private static LocalDate date(String text, InputErrors errors) {
		String field = "MessageHeader.PromulgationInfo.PromulgationDate";
		errors.requireText(text, field, "Thiếu ngày ban hành (PromulgationInfo/PromulgationDate)",
				"The promulgation date is missing");
		if (text == null) {
			return null;
		}
		try {
			return text.contains("/") ? LocalDate.parse(text, PRINTED) : LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			errors.check(false, field, "Ngày ban hành không hợp lệ: " + text, "Invalid promulgation date: " + text);
			return null;
		}
	}

	private static EdXmlHeader.Organ organ(Element organ) {
		return new EdXmlHeader.Organ(text(organ, "OrganId"), text(organ, "OrganName"));
	}

	/** The first element of that name anywhere under {@code root}. */
	static Element first(Element root, String name) {
		NodeList found = root.getElementsByTagNameNS(EdXmlReader.NAMESPACE, name);
		return (found.getLength() > 0) ? (Element) found.item(0) : null;
	}

	/** The child elements of that name, none when there is no parent. */
	static List<Element> all(Element parent, String name) {
		List<Element> children = new ArrayList<>();
		for (Node node = (parent != null) ? parent.getFirstChild() : null; node != null; node = node.getNextSibling()) {
			if (node instanceof Element element && EdXmlReader.NAMESPACE.equals(element.getNamespaceURI())
					&& name.equals(element.getLocalName())) {
				children.add(element);
			}
		}
		return children;
	}

	/** The stripped text of the named child, {@code null} when absent or blank. */
	static String text(Element parent, String name) {
		return ownText(child(parent, name));
	}

	private static Element child(Element parent, String name) {
		List<Element> children = all(parent, name);
		return children.isEmpty() ? null : children.get(0);
	}

	private static String ownText(Element element) {
		String text = (element != null) ? element.getTextContent().strip() : "";
		return text.isEmpty() ? null : text;
	}

}
