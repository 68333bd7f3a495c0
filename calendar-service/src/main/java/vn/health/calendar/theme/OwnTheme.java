package vn.health.calendar.theme;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.health.calendar.expression.DateExpression;
import vn.health.calendar.expression.Occurrence;

/**
 * Chủ đề, chiến dịch của tỉnh hoặc đơn vị — a theme day or campaign the province adds for all its units, or a unit
 * for itself, beside the national catalogue. Kept apart from the catalogue, which is loaded from a file and never
 * edited; its timing was read by the parser when it was stored.
 *
 * @param unitId the unit whose calendar shows it when {@code scope} is {@code UNIT}; {@code null} for the province
 * @param category free grouping the author chooses (e.g. "Phòng, chống dịch bệnh"), may be {@code null}
 */
@Document("own_themes")
@CompoundIndex(name = "scope_unit", def = "{'scope': 1, 'unitId': 1}")
public record OwnTheme(@Id String id, ThemeScope scope, String unitId, String name, String timing, String category,
		Instant createdAt, Instant updatedAt, @Version Long version) {

	/** Province themes sort after the national catalogue, a unit's after the province's, before plans' (1000+). */
	static int orderOf(ThemeScope scope) {
		return (scope == ThemeScope.PROVINCE) ? 500 : 600;
	}

	List<ThemeOccurrence> occurrencesIn(int year) {
		return DateExpression.parse(this.timing)
			.occurrencesIn(year)
			.stream()
			.map(this::occurrence)
			.toList();
	}

	private ThemeOccurrence occurrence(Occurrence occurrence) {
		return ThemeOccurrence.of(this.id, orderOf(this.scope), this.name, this.scope, occurrence);
	}

	OwnTheme change(ThemeScope newScope, String newUnitId, String newName, String newTiming, String newCategory,
			Instant now) {
		return new OwnTheme(this.id, newScope, newUnitId, newName, newTiming, newCategory, this.createdAt, now,
				this.version);
	}

}
