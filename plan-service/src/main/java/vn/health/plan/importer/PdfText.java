package vn.health.plan.importer;

import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

import vn.health.plan.importer.UnreadableDocument.Reason;

/** Tệp PDF — the text layer of a PDF in reading order; a scanned PDF has none and is refused by the caller. */
final class PdfText {

	private PdfText() {
	}

	static List<String> lines(byte[] content) {
		try (PDDocument document = Loader.loadPDF(content)) {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setSortByPosition(true);
			return stripper.getText(document).lines().toList();
		}
		catch (InvalidPasswordException ex) {
			throw new UnreadableDocument(Reason.UNDECODABLE, "Tệp PDF có mật khẩu", "The PDF is password-protected");
		}
		catch (IOException ex) {
			throw new UnreadableDocument(Reason.UNDECODABLE, "Tệp PDF bị hỏng hoặc không mở được",
					"The PDF is damaged or cannot be opened");
		}
	}

}
