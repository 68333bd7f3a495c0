package vn.health.calendar.theme;

import java.time.Instant;
import java.util.Set;

import vn.health.calendar.UnitId;
import vn.health.calendar.directory.Directory;
import vn.health.calendar.expression.DateExpression;
import vn.health.calendar.expression.UnreadableExpressionException;
import vn.health.servicekit.web.InputErrors;

/**
 * What the province or a unit sends to add or change its own theme. Checked whole, every problem named at once; the
 * timing must be readable by the date-expression parser, so a stored theme always has dates.
 */
record ThemeRequest(ThemeScope scope, String unitId, String name, String timing, String category) {

	static final int MAX_NAME = 200;

	static final int MAX_TIMING = 200;

	static final int MAX_CATEGORY = 100;

	private static final Set<ThemeScope> OWN = Set.of(ThemeScope.PROVINCE, ThemeScope.UNIT);

	/** A new theme under {@code id}, or a 400 problem listing what is wrong. */
	OwnTheme toTheme(String id, Instant now, Directory directory) {
		check(directory);
		return new OwnTheme(id, this.scope, unitOrNull(), this.name.strip(), this.timing.strip(), categoryOrNull(), now,
				now, null);
	}

	/** {@code stored} with this request's content, or a 400 problem listing what is wrong. */
	OwnTheme applyTo(OwnTheme stored, Instant now, Directory directory) {
		check(directory);
		return stored.change(this.scope, unitOrNull(), this.name.strip(), this.timing.strip(), categoryOrNull(), now);
	}

	private void check(Directory directory) {
		InputErrors errors = new InputErrors()
			.check(this.scope != null && OWN.contains(this.scope), "scope", "Phạm vi phải là PROVINCE hoặc UNIT",
					"scope must be PROVINCE or UNIT")
			.requireText(this.name, "name", "Thiếu tên chủ đề", "name is required")
			.check(this.name == null || this.name.strip().length() <= MAX_NAME, "name",
					"Tên chủ đề dài quá " + MAX_NAME + " ký tự", "name is longer than " + MAX_NAME + " characters")
			.requireText(this.timing, "timing", "Thiếu thời điểm (ví dụ 24/3, 15 - 21/3, tuần 1 tháng 5, Tháng 12)",
					"timing is required (e.g. 24/3, 15 - 21/3, tuần 1 tháng 5, Tháng 12)")
			.check(this.timing == null || this.timing.strip().length() <= MAX_TIMING, "timing",
					"Thời điểm dài quá " + MAX_TIMING + " ký tự", "timing is longer than " + MAX_TIMING + " characters")
			.check(this.category == null || this.category.strip().length() <= MAX_CATEGORY, "category",
					"Nhóm chủ đề dài quá " + MAX_CATEGORY + " ký tự",
					"category is longer than " + MAX_CATEGORY + " characters");
		if (!errors.hasProblemAt("timing")) {
			checkTiming(errors);
		}
		checkUnit(errors, directory);
		errors.throwIfAny();
	}

	private void checkTiming(InputErrors errors) {
		try {
			DateExpression.parse(this.timing.strip());
		}
		catch (UnreadableExpressionException ex) {
			errors.check(false, "timing", ex.messageVi(), ex.getMessage());
		}
	}

	private void checkUnit(InputErrors errors, Directory directory) {
		boolean given = this.unitId != null && !this.unitId.isBlank();
		if (this.scope == ThemeScope.PROVINCE) {
			errors.check(!given, "unitId", "Chủ đề của tỉnh không gắn với đơn vị nào: bỏ unitId",
					"a province theme belongs to no unit: leave unitId out");
		}
		else if (this.scope == ThemeScope.UNIT) {
			errors.check(given, "unitId", "Thiếu mã đơn vị của chủ đề", "unitId is required for a unit theme");
			if (given) {
				errors.check(UnitId.isWellFormed(this.unitId), "unitId",
						"Mã đơn vị chỉ gồm chữ không dấu, số, dấu chấm, gạch ngang, gạch dưới (tối đa 64 ký tự)",
						"unitId may hold only letters, digits, '.', '-' and '_' (at most 64)");
				errors.check(!UnitId.isWellFormed(this.unitId) || directory.knows(this.unitId), "unitId",
						"Không tìm thấy đơn vị " + this.unitId, "No unit " + this.unitId);
			}
		}
	}

	private String unitOrNull() {
		return (this.scope == ThemeScope.UNIT) ? this.unitId : null;
	}

	private String categoryOrNull() {
		return (this.category == null || this.category.isBlank()) ? null : this.category.strip();
	}

}
