package vn.health.plan.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/** Trang web — the article of an HTML page as lines: navigation, scripts and print buttons dropped, blocks and table rows kept apart. */
final class HtmlText {

	/** Site furniture; a {@code <header>} is kept, since articles put their title in one. */
	private static final String NOISE = "script, style, noscript, nav, footer, aside, form, iframe, "
			+ ".hidden-print, [hidden], [class~=(?i)(menu|breadcrumb|sidebar|share|social)]";

	private static final String ARTICLES = "article, main, [role=main], [itemprop=articleBody], #content, .content, "
			+ "#main, .article, .post, .news-detail";

	private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr",
			"table", "ul", "ol", "section", "article", "blockquote", "pre", "br", "hr", "dd", "dt");

	private HtmlText() {
	}

	static List<String> lines(byte[] content) {
		Document page;
		try {
			page = Jsoup.parse(new ByteArrayInputStream(content), null, "");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		page.select(NOISE).remove();
		Element article = page.select(ARTICLES)
			.stream()
			.max(Comparator.comparingInt((Element element) -> element.text().length()))
			.orElse(page.body());
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		article.traverse(new NodeVisitor() {
			@Override
			public void head(Node node, int depth) {
				if (node instanceof TextNode text) {
					line.append(text.getWholeText().replace('\n', ' '));
				}
				else if (node instanceof Element element && (element.nameIs("td") || element.nameIs("th"))
						&& element.elementSiblingIndex() > 0) {
					line.append('\t');
				}
				else if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
					endLine(lines, line, element.nameIs("br"));
				}
			}

			@Override
			public void tail(Node node, int depth) {
				if (node instanceof Element element && BLOCKS.contains(element.normalName()) && !element.nameIs("br")) {
					endLine(lines, line, false);
				}
			}
		});
		endLine(lines, line, false);
		return lines;
	}

	/** A {@code <br>} always ends a line, so {@code <br><br>} leaves a blank one as a paragraph break. */
	private static void endLine(List<String> lines, StringBuilder line, boolean evenIfEmpty) {
		if (evenIfEmpty || !line.toString().isBlank()) {
			lines.add(line.toString());
		}
		line.setLength(0);
	}

}
