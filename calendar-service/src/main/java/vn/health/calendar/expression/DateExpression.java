package vn.health.calendar.expression;

import java.util.List;
import java.util.Optional;

/**
 * Thời điểm — when something happens, as a plan prints it ({@code 24/3}, {@code 15 - 21/3},
 * {@code tuần 1 tháng 5}, {@code 01/12 và Tháng 12}), read once and resolved to dates per year. The grammar is in
 * the service's README.
 */
public final class DateExpression {

	private final String text;

	private final List<ExpressionPart> parts;

	private DateExpression(String text, List<ExpressionPart> parts) {
		this.text = text;
		this.parts = parts;
	}

	/** Reads {@code text}, or throws naming the part that cannot be read. */
	public static DateExpression parse(String text) {
		return new DateExpression(text, new ExpressionReader(text).parts());
	}

	public String text() {
		return this.text;
	}

	/**
	 * The expression's instance in {@code year}, one occurrence per part, in the order written. A part written with
	 * a year has its only instance in the year it starts; a recurring week 1 may begin in the previous year.
	 */
	public List<Occurrence> occurrencesIn(int year) {
		return this.parts.stream().map((part) -> part.in(year)).flatMap(Optional::stream).toList();
	}

	@Override
	public String toString() {
		return this.text;
	}

}
