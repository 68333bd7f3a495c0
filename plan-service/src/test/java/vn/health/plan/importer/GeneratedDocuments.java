package vn.health.plan.importer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/** .docx and .pdf versions of a fixture, built the way offices produce them, to exercise those readers. */
final class GeneratedDocuments {

	/** DejaVu Sans has the Vietnamese letters; PDFBox's standard 14 fonts cannot encode them. */
	static final Path FONT = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");

	private static final int LINES_PER_PAGE = 50;

	private GeneratedDocuments() {
	}

	static List<String> lines(String fixture) {
		return new String(Fixtures.bytes(fixture), StandardCharsets.UTF_8).lines().toList();
	}

	/** Each line a paragraph, and each run of tab-separated lines a table, as Word keeps an appendix. */
	static byte[] docx(List<String> lines) {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			XWPFTable table = null;
			for (String line : lines) {
				if (!line.contains("\t")) {
					table = null;
					document.createParagraph().createRun().setText(line);
					continue;
				}
				String[] cells = line.split("\t");
				XWPFTableRow row;
				if (table == null) {
					table = document.createTable(1, cells.length);
					row = table.getRow(0);
				}
				else {
					row = table.createRow();
				}
				for (int i = 0; i < cells.length; i++) {
					row.getCell(i).setText(cells[i]);
				}
			}
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The lines wrapped at 90 characters, as a PDF export breaks them at the margin, table rows included. */
	static byte[] pdf(List<String> lines) {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDType0Font font = PDType0Font.load(document, Files.newInputStream(FONT));
			List<String> wrapped = wrap(lines);
			for (int first = 0; first < wrapped.size(); first += LINES_PER_PAGE) {
				PDPage page = new PDPage();
				document.addPage(page);
				try (PDPageContentStream content = new PDPageContentStream(document, page)) {
					content.beginText();
					content.setFont(font, 9);
					content.setLeading(14);
					content.newLineAtOffset(40, 750);
					for (String line : wrapped.subList(first, Math.min(first + LINES_PER_PAGE, wrapped.size()))) {
						// A PDF has no cells: its text layer gives the columns of a table as gaps of spaces.
						content.showText(line.replace("\t", "   "));
						content.newLine();
					}
					content.endText();
				}
			}
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static byte[] emptyPdf() {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.addPage(new PDPage());
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<String> wrap(List<String> lines) {
		List<String> wrapped = new ArrayList<>();
		for (String line : lines) {
			String rest = line;
			while (rest.length() > 90) {
				int cut = rest.lastIndexOf(' ', 90);
				cut = (cut > 0) ? cut : 90;
				wrapped.add(rest.substring(0, cut));
				rest = rest.substring(cut).strip();
			}
			wrapped.add(rest);
		}
		return wrapped;
	}

}
