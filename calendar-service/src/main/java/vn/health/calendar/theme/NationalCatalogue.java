package vn.health.calendar.theme;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import vn.health.calendar.expression.DateExpression;
import vn.health.calendar.expression.UnreadableExpressionException;

/**
 * Danh mục ngày chủ đề quốc gia — the 38 national theme days, read from {@value #RESOURCE} (the appendix of
 * the Bắc Giang 2024 plan). A damaged file is refused as a whole, naming every bad line, so the service
 * never serves half a catalogue.
 */
final class NationalCatalogue {

	static final String RESOURCE = "catalogue/national-themes.tsv";

	static final int SIZE = 38;

	private NationalCatalogue() {
	}

	static List<Theme> read() {
		try (InputStream in = NationalCatalogue.class.getClassLoader().getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("National theme catalogue " + RESOURCE + " is missing");
			}
			// Strict decoding: a file saved in another encoding fails here instead of storing mangled diacritics.
			return parse(StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(in.readAllBytes())).toString(),
					RESOURCE);
		}
		catch (CharacterCodingException ex) {
			throw new IllegalStateException("National theme catalogue " + RESOURCE + " is not UTF-8", ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static List<Theme> parse(String text, String source) {
		List<String> problems = new ArrayList<>();
		List<Theme> themes = new ArrayList<>();
		Set<Integer> orders = new HashSet<>();
		// A byte-order mark from a Windows editor would otherwise glue itself to the first line.
		List<String> lines = text.replace("\uFEFF", "").lines().toList();
		for (int number = 1; number <= lines.size(); number++) {
			String line = lines.get(number - 1);
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			List<String> lineProblems = new ArrayList<>();
			Theme theme = parseLine(line, orders, lineProblems);
			if (theme != null) {
				themes.add(theme);
			}
			for (String problem : lineProblems) {
				problems.add("line " + number + ": " + problem);
			}
		}
		if (problems.isEmpty() && themes.size() != SIZE) {
			problems.add("expected " + SIZE + " themes, found " + themes.size());
		}
		if (!problems.isEmpty()) {
			throw new IllegalStateException(
					"National theme catalogue " + source + " is invalid: " + String.join("; ", problems));
		}
		return themes.stream().sorted(Comparator.comparingInt(Theme::order)).toList();
	}

	private static Theme parseLine(String line, Set<Integer> orders, List<String> problems) {
		String[] columns = line.split("\t", -1);
		if (columns.length != 3) {
			problems.add("expected 3 tab-separated columns (order, name, timing), found " + columns.length);
			return null;
		}
		int order;
		try {
			order = Integer.parseInt(columns[0].strip());
		}
		catch (NumberFormatException ex) {
			problems.add("order '" + columns[0] + "' is not a number");
			return null;
		}
		if (order < 1 || order > SIZE) {
			problems.add("order " + order + " is outside 1.." + SIZE);
		}
		else if (!orders.add(order)) {
			problems.add("order " + order + " appears twice");
		}
		String name = text(columns[1]);
		String timing = text(columns[2]);
		if (name.isEmpty()) {
			problems.add("name is blank");
		}
		if (timing.isEmpty()) {
			problems.add("timing is blank");
		}
		else {
			readable(timing, problems);
		}
		return problems.isEmpty() ? Theme.national(order, name, timing) : null;
	}

	private static void readable(String timing, List<String> problems) {
		try {
			DateExpression.parse(timing);
		}
		catch (UnreadableExpressionException ex) {
			problems.add(ex.getMessage());
		}
	}

	/** Composed (NFC) form: an editor may save Vietnamese decomposed, which would not match what users type. */
	private static String text(String column) {
		return Normalizer.normalize(column.strip(), Normalizer.Form.NFC);
	}

}
