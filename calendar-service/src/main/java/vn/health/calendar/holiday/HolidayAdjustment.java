package vn.health.calendar.holiday;

import java.time.LocalDate;
import java.time.MonthDay;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.health.calendar.CalendarYear;
import vn.health.servicekit.web.InputErrors;

/**
 * Điều chỉnh ngày nghỉ — one date changed by the government's yearly decision (Thủ tướng's Tết and National Day
 * days, swapped days and compensatory working days). One per date, and one National Day choice per year.
 *
 * @param reason the decision it comes from, e.g. "Thông báo 6150/TB-BLĐTBXH ngày 12/11/2024"
 */
@Document("holiday_adjustments")
public record HolidayAdjustment(@Id String id, LocalDate date, AdjustmentKind kind, String reason) {

	static final int MAX_REASON = 300;

	private static final MonthDay DAY_BEFORE_NATIONAL_DAY = MonthDay.of(9, 1);

	private static final MonthDay DAY_AFTER_NATIONAL_DAY = MonthDay.of(9, 3);

	/** Checks the change against the calendar as it stands, so a date is never adjusted into what it already is. */
	static HolidayAdjustment decide(LocalDate date, AdjustmentKind kind, String reason, WorkingDays calendar) {
		InputErrors errors = new InputErrors().check(date != null, "date", "Thiếu ngày", "date is required")
			.check(kind != null, "kind", "Thiếu loại điều chỉnh (DAY_OFF, WORKING_DAY, NATIONAL_DAY_ADJACENT)",
					"kind is required (DAY_OFF, WORKING_DAY, NATIONAL_DAY_ADJACENT)")
			.requireText(reason, "reason", "Thiếu căn cứ (số, ngày văn bản quyết định)",
					"reason is required (the decision's number and date)")
			.check(reason == null || reason.length() <= MAX_REASON, "reason",
					"Căn cứ dài quá " + MAX_REASON + " ký tự", "reason is longer than " + MAX_REASON + " characters");
		if (date != null) {
			errors.check(date.getYear() >= CalendarYear.FIRST && date.getYear() <= CalendarYear.LAST, "date",
					"Năm phải từ " + CalendarYear.FIRST + " đến " + CalendarYear.LAST,
					"year must be between " + CalendarYear.FIRST + " and " + CalendarYear.LAST);
		}
		if (errors.hasProblemAt("date") || kind == null) {
			errors.throwIfAny();
		}
		switch (kind) {
			case DAY_OFF -> errors.check(calendar.isWorkingDay(date), "date", "Ngày này vốn đã là ngày nghỉ",
					"this date is already a day off");
			case WORKING_DAY -> errors.check(calendar.isWeekend(date) && !calendar.isHoliday(date), "date",
					"Ngày làm bù phải là thứ Bảy hoặc Chủ nhật không trùng ngày lễ",
					"a compensatory working day must be a Saturday or Sunday that is not a holiday");
			case NATIONAL_DAY_ADJACENT -> errors.check(
					MonthDay.from(date).equals(DAY_BEFORE_NATIONAL_DAY) || MonthDay.from(date).equals(DAY_AFTER_NATIONAL_DAY),
					"date", "Ngày liền kề Quốc khánh phải là 01/9 hoặc 03/9",
					"the day next to National Day must be 1 or 3 September");
		}
		errors.throwIfAny();
		String id = (kind == AdjustmentKind.NATIONAL_DAY_ADJACENT) ? "national-day-" + date.getYear()
				: date.toString();
		return new HolidayAdjustment(id, date, kind, reason.strip());
	}

}
