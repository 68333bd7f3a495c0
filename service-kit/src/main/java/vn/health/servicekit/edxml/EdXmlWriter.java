package vn.health.servicekit.edxml;

import java.io.ByteArrayOutputStream;
import java.util.Base64;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Viết gói tin edXML — an {@code EdXMLEnvelope} with the {@code MessageHeader} and the attached files, in the shape
 * the provinces' document systems (and plan-service's reader) read (QCVN 102:2016/BTTTT). Shared by every service
 * that sends documents: plans from plan-service, consolidated reports from reporting-service.
 */
public final class EdXmlWriter {

	/** The envelope's namespace as document systems send it. */
	public static final String NAMESPACE = "http://www.go.vn/eDoc";

	private static final String PREFIX = "edXML:";

	private EdXmlWriter() {
	}

	public static byte[] write(EdXmlHeader header, List<EdXmlAttachment> attachments) {
		Document document = newDocument();
		Element envelope = element(document, document, "EdXMLEnvelope");
		envelope.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:edXML", NAMESPACE);
		Element message = element(document, element(document, envelope, "EdXMLHeader"), "MessageHeader");
		organ(document, element(document, message, "From"), header.from());
		header.to().forEach((to) -> organ(document, element(document, message, "To"), to));
		text(document, message, "DocumentId", header.documentId());
		Element code = element(document, message, "Code");
		text(document, code, "CodeNumber", header.codeNumber());
		text(document, code, "CodeNotation", header.codeNotation());
		Element promulgation = element(document, message, "PromulgationInfo");
		text(document, promulgation, "Place", header.place());
		text(document, promulgation, "PromulgationDate", header.promulgationDate().toString());
		text(document, element(document, message, "DocumentType"), "TypeName", header.documentType());
		text(document, message, "Subject", header.subject());
		if (header.signer() != null) {
			Element signer = element(document, message, "SignerInfo");
			text(document, signer, "Competence", header.signer().competence());
			text(document, signer, "Function", header.signer().function());
			text(document, signer, "FullName", header.signer().fullName());
		}
		Element places = element(document, message, "ToPlaces");
		header.toPlaces().forEach((place) -> text(document, places, "Place", place));
		Element encoded = element(document, envelope, "AttachmentEncoded");
		for (int i = 0; i < attachments.size(); i++) {
			Element attached = element(document, encoded, "Attachment");
			text(document, attached, "ContentId", String.valueOf(i + 1));
			text(document, attached, "AttachmentName", attachments.get(i).name());
			text(document, attached, "ContentType", attachments.get(i).contentType());
			text(document, attached, "ContentTransferEncoded",
					Base64.getEncoder().encodeToString(attachments.get(i).content()));
		}
		return serialised(document);
	}

	private static void organ(Document document, Element parent, EdXmlHeader.Organ organ) {
		text(document, parent, "OrganId", organ.organId());
		text(document, parent, "OrganName", organ.organName());
	}

	private static Element element(Document document, org.w3c.dom.Node parent, String name) {
		Element element = document.createElementNS(NAMESPACE, PREFIX + name);
		parent.appendChild(element);
		return element;
	}

	/** An element with text; an absent value leaves the element out. */
	private static void text(Document document, Element parent, String name, String value) {
		if (value != null && !value.isBlank()) {
			element(document, parent, name).setTextContent(value);
		}
	}

	private static Document newDocument() {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			return factory.newDocumentBuilder().newDocument();
		}
		catch (ParserConfigurationException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static byte[] serialised(Document document) {
		try {
			TransformerFactory factory = TransformerFactory.newInstance();
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
			Transformer transformer = factory.newTransformer();
			transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
			transformer.setOutputProperty(OutputKeys.INDENT, "yes");
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			transformer.transform(new DOMSource(document), new StreamResult(out));
			return out.toByteArray();
		}
		catch (TransformerException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
