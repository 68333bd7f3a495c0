package vn.health.calendar.theme;

import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.health.calendar.expression.DateExpression;
import vn.health.calendar.expression.Occurrence;

/**
 * Ngày chủ đề — a day, week or month of focused health communication, e.g. "Ngày Thế giới phòng,
 * chống lao".
 *
 * @param order position in the catalogue (STT), the order the plan prints
 * @param timing when it falls, as the catalogue prints it ({@code 24/3}, {@code tuần 1 tháng 5},
 * {@code 01/12 và Tháng 12}), a {@link DateExpression}
 */
@Document("themes")
public record Theme(@Id String id, int order, String name, String timing, ThemeScope scope) {

	static final String NATIONAL_ID_PREFIX = "national-";

	/** Fixed ids ({@code national-07}), so loading the catalogue twice, or from two instances, stores each once. */
	static Theme national(int order, String name, String timing) {
		return new Theme(NATIONAL_ID_PREFIX + "%02d".formatted(order), order, name, timing, ThemeScope.NATIONAL);
	}

	/** Its dates in {@code year}; the catalogue refuses a timing that cannot be read, so this does not throw. */
	List<Occurrence> occurrencesIn(int year) {
		return DateExpression.parse(this.timing).occurrencesIn(year);
	}

}
