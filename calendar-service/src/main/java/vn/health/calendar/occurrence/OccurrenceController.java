package vn.health.calendar.occurrence;

import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.health.calendar.CalendarRange;
import vn.health.calendar.UnitId;
import vn.health.calendar.theme.ThemeOccurrence;

@RestController
class OccurrenceController {

	private final UnitCalendar calendar;

	OccurrenceController(UnitCalendar calendar) {
		this.calendar = calendar;
	}

	@GetMapping("/api/calendar/occurrences")
	OccurrencesBetween occurrences(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String unit) {
		UnitId unitId = (unit != null) ? UnitId.of(unit, "unit") : null;
		CalendarRange range = new CalendarRange(from, to);
		return new OccurrencesBetween(range.from(), range.to(), this.calendar.between(range, unitId));
	}

	record OccurrencesBetween(LocalDate from, LocalDate to, List<ThemeOccurrence> occurrences) {

	}

}
