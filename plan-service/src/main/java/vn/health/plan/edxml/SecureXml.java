package vn.health.plan.edxml;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * XML an toàn — the JDK's DOM parser with every DTD refused, so neither external entities (XXE) nor
 * entity-expansion bombs ("billion laughs") are ever resolved; a bad document is a 400, not a stack trace.
 */
final class SecureXml {

	private SecureXml() {
	}

	static Document parse(byte[] xml) {
		try {
			DocumentBuilder builder = secureFactory().newDocumentBuilder();
			builder.setErrorHandler(new DefaultHandler() {
				@Override
				public void fatalError(SAXParseException ex) throws SAXException {
					throw ex;
				}
			});
			return builder.parse(new ByteArrayInputStream(xml));
		}
		catch (SAXParseException ex) {
			if (String.valueOf(ex.getMessage()).contains("DOCTYPE")) {
				throw EdXmlReader.invalid("", "Gói tin không được chứa khai báo DOCTYPE (DTD, thực thể)",
						"The package must not contain a DOCTYPE declaration (DTD, entities)");
			}
			throw EdXmlReader.invalid("", "Gói tin không phải XML hợp lệ (dòng " + ex.getLineNumber() + ")",
					"The package is not well-formed XML (line " + ex.getLineNumber() + ")");
		}
		catch (SAXException ex) {
			throw EdXmlReader.invalid("", "Gói tin không phải XML hợp lệ", "The package is not well-formed XML");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (ParserConfigurationException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** OWASP's settings for DOM: no DOCTYPE at all, hence no entity of any kind; nothing external fetched. */
	private static DocumentBuilderFactory secureFactory() {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
			factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
			factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
			factory.setXIncludeAware(false);
			factory.setExpandEntityReferences(false);
			return factory;
		}
		catch (ParserConfigurationException ex) {
			throw new IllegalStateException("The JDK's XML parser lacks a required security feature", ex);
		}
	}

}
