package vn.health.plan.plan;

import java.text.Normalizer;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Vietnamese text folded for search: no diacritics (đ → d), lower case, single spaces. */
final class SearchText {

	private SearchText() {
	}

	static String of(PlanContent content) {
		Stream<String> parts = Stream.concat(
				Stream.of(content.number(), content.title(), content.place(), content.issuerUnitId()),
				Stream.concat(content.legalBases().stream().flatMap((basis) -> Stream.of(basis.number(), basis.title())),
						content.themes().stream().map((theme) -> theme.name())));
		return fold(parts.filter((part) -> part != null).collect(Collectors.joining(" ")));
	}

	/** "Truyền thông Y tế" → "truyen thong y te". */
	static String fold(String text) {
		String ascii = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "");
		return ascii.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
	}

}
