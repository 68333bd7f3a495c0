package vn.health.plan.importer;

/**
 * Nguồn của trường — where in the document a field of the draft was read, and how sure the reading is.
 * Offsets count characters in the normalised source, its {@code lines} joined by {@code "\n"}, so the
 * console can highlight exactly the text a field came from; a field of a list item ({@code requirements[2]})
 * covers the fields under it ({@code requirements[2].dueDate}) unless they have a span of their own.
 *
 * @param field the draft field, as in findings ({@code requirements[2].recipientUnitId}, {@code title})
 * @param line 1-based line where the text starts
 * @param lastLine 1-based line where it ends
 * @param start offset of its first character
 * @param end offset just after its last character
 * @param confidence from 0 (a guess) to 1 (read from a fixed form such as "Số: 91/KH-SYT")
 */
public record FieldSource(String field, int line, int lastLine, int start, int end, double confidence) {

}
