package vn.health.plan.importer;

import java.util.regex.Pattern;

/**
 * Số hiệu văn bản — how Vietnamese documents are cited (Nghị định 30/2020/NĐ-CP, Điều 8 and Phụ lục III):
 * {@code 128/QĐ-BYT}, {@code 6676/BYT-CDS}, laws and circulars with their year {@code 15/2023/QH15},
 * {@code 06/2022/TT-BTTTT}, party documents {@code 25-CT/TW}.
 */
final class DocumentReference {

	static final Pattern NUMBER = Pattern.compile(
			"(?<![\\p{L}\\d/])\\d{1,5}(?:/\\d{4})?(?:-[\\p{Lu}Đ]+)?/[\\p{Lu}Đ][\\p{Lu}Đ\\d]*(?:-[\\p{Lu}Đ\\d]+)*");

	/** "của Bộ Y tế về …": the issuer runs to the subject ("về", "phê duyệt", "ban hành") or the clause's end. */
	static final Pattern ISSUER = Pattern.compile(
			"của\\s+(\\p{Lu}.*?)(?=\\s+(?:về|V/v|phê duyệt|ban hành|quy định|hướng dẫn|tổ chức)(?:\\s|$)|[,;:(]|$)");

	private DocumentReference() {
	}

}
