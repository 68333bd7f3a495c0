package vn.health.plan.importer;

import java.util.List;

import vn.health.plan.StrictUtf8;
import vn.health.plan.importer.UnreadableDocument.Reason;

/** Trích văn bản — turns an upload (.txt, .html, .docx, .pdf) into normalised lines, or says clearly why it cannot. */
public final class TextExtraction {

	/** Larger files are not plans: a 40-page plan in .docx with its appendix is under 1 MB. */
	public static final int MAX_BYTES = 10 * 1024 * 1024;

	private TextExtraction() {
	}

	public static SourceText extract(String fileName, String contentType, byte[] content) {
		if (content == null || content.length == 0) {
			throw new UnreadableDocument(Reason.EMPTY, "Tệp rỗng, không có nội dung", "The file is empty");
		}
		if (content.length > MAX_BYTES) {
			throw new UnreadableDocument(Reason.TOO_LARGE, "Tệp lớn hơn giới hạn 10 MB",
					"The file is larger than the 10 MB limit");
		}
		DocumentFormat format = DocumentFormat.of(fileName, contentType, content)
			.orElseThrow(() -> new UnreadableDocument(Reason.UNSUPPORTED_TYPE,
					"Chỉ nhận tệp .txt (UTF-8), .html, .docx hoặc .pdf có lớp chữ",
					"Only .txt (UTF-8), .html, .docx and .pdf with a text layer are accepted"));
		List<String> lines = switch (format) {
			case TEXT -> utf8(content).lines().toList();
			case HTML -> HtmlText.lines(content);
			case DOCX -> DocxText.lines(content);
			case PDF -> PdfText.lines(content);
		};
		SourceText text = SourceText.of(fileName, contentType, lines);
		if (!text.hasText()) {
			throw new UnreadableDocument(Reason.NO_TEXT,
					"Không đọc được chữ nào trong tệp (PDF quét ảnh cần nhận dạng chữ trước)",
					"No text found in the file (a scanned PDF needs OCR first)");
		}
		return text;
	}

	private static String utf8(byte[] content) {
		return StrictUtf8.decode(content)
			.orElseThrow(() -> new UnreadableDocument(Reason.UNDECODABLE,
					"Tệp văn bản không phải UTF-8 (có thể là TCVN3 hoặc Windows-1258); hãy lưu lại dạng UTF-8",
					"The text file is not UTF-8 (perhaps TCVN3 or Windows-1258); save it as UTF-8"));
	}

}
