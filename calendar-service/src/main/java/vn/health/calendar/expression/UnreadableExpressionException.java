package vn.health.calendar.expression;

import vn.health.servicekit.web.BilingualException;

/**
 * Thời điểm không đọc được — a date expression that does not say which dates it means; names the part that
 * could not be read so the author can fix it.
 */
public class UnreadableExpressionException extends BilingualException {

	private final String expression;

	private final String fragment;

	UnreadableExpressionException(String expression, String fragment, String reasonVi, String reasonEn) {
		super("Không đọc được thời điểm \"" + expression + "\": " + reasonVi,
				"Cannot read date expression \"" + expression + "\": " + reasonEn);
		this.expression = expression;
		this.fragment = fragment;
	}

	/** The whole text as given. */
	public String expression() {
		return this.expression;
	}

	/** The part of it that could not be read. */
	public String fragment() {
		return this.fragment;
	}

}
