package vn.health.plan.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;

import vn.health.plan.importer.UnreadableDocument.Reason;

/** Tệp Word — the paragraphs of a .docx in order, each table row as one line with its cells separated by tabs. */
final class DocxText {

	private DocxText() {
	}

	static List<String> lines(byte[] content) {
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(content))) {
			List<String> lines = new ArrayList<>();
			for (IBodyElement element : document.getBodyElements()) {
				if (element instanceof XWPFParagraph paragraph) {
					lines.addAll(paragraph.getText().lines().toList());
				}
				else if (element instanceof XWPFTable table) {
					table.getRows().forEach((row) -> lines.add(row.getTableCells()
						.stream()
						.map(XWPFTableCell::getText)
						.map((cell) -> cell.replace('\n', ' ').replace('\t', ' '))
						.collect(Collectors.joining("\t"))));
				}
			}
			return lines;
		}
		catch (IOException | RuntimeException ex) {
			throw new UnreadableDocument(Reason.UNDECODABLE, "Tệp .docx bị hỏng hoặc không mở được",
					"The .docx file is damaged or cannot be opened");
		}
	}

}
