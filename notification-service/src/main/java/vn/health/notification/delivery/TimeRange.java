package vn.health.notification.delivery;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import org.springframework.data.mongodb.core.query.Criteria;

import vn.health.notification.schedule.QuietHours;
import vn.health.servicekit.web.InputErrors;

/**
 * Khoảng thời gian — the {@code from} / {@code to} filter of a log: an instant with offset
 * ({@code 2024-06-19T10:00:00+07:00}, {@code …Z}) or a date, read in Vietnam time ({@code from=2024-06-19} is that
 * day's start, {@code to=2024-06-19} takes in the whole day). {@code from} is inclusive, {@code to} exclusive.
 */
public record TimeRange(Instant from, Instant to) {

	/** Records problems under {@code from} / {@code to} in {@code errors}; the range is open where absent. */
	public static TimeRange parse(String from, String to, InputErrors errors) {
		Instant start = instant(from, false);
		Instant end = instant(to, true);
		errors.check(from == null || start != null, "from",
				"Thời điểm bắt đầu không hợp lệ (ví dụ 2024-06-19 hoặc 2024-06-19T08:00:00+07:00)",
				"from must be a date or an ISO-8601 date-time with offset")
			.check(to == null || end != null, "to",
					"Thời điểm kết thúc không hợp lệ (ví dụ 2024-06-19 hoặc 2024-06-19T17:00:00+07:00)",
					"to must be a date or an ISO-8601 date-time with offset")
			.check(start == null || end == null || start.isBefore(end), "to",
					"Thời điểm kết thúc phải sau thời điểm bắt đầu", "to must be after from");
		return new TimeRange(start, end);
	}

	/** Narrows {@code criteria} on {@code field} to the range. */
	public Criteria applyTo(Criteria criteria, String field) {
		if (this.from == null && this.to == null) {
			return criteria;
		}
		Criteria onField = criteria.and(field);
		if (this.from != null) {
			onField = onField.gte(this.from);
		}
		return (this.to != null) ? onField.lt(this.to) : onField;
	}

	private static Instant instant(String value, boolean endOfDay) {
		if (value == null) {
			return null;
		}
		try {
			if (value.strip().length() == 10) {
				LocalDate day = LocalDate.parse(value.strip());
				return (endOfDay ? day.plusDays(1) : day).atStartOfDay(QuietHours.VIETNAM).toInstant();
			}
			return OffsetDateTime.parse(value.strip()).toInstant();
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
