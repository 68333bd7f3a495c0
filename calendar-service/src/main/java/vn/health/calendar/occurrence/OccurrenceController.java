package vn.health.calendar.occurrence;

import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.health.calendar.CalendarRange;
import vn.health.calendar.UnitId;
import vn.health.calendar.access.CalendarAccess;
import vn.health.calendar.theme.ThemeOccurrence;
import vn.health.servicekit.security.Caller;

@RestController
class OccurrenceController {

	private final UnitCalendar calendar;

	private final CalendarAccess access;

	OccurrenceController(UnitCalendar calendar, CalendarAccess access) {
		this.calendar = calendar;
		this.access = access;
	}

	/** National themes only are every signed-in user's; a unit's calendar is for whoever may read that unit. */
	@GetMapping("/api/calendar/occurrences")
	OccurrencesBetween occurrences(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String unit, Caller caller) {
		UnitId unitId = (unit != null) ? UnitId.of(unit, "unit") : null;
		if (unitId != null) {
			this.access.checkRead(caller, unitId.value());
		}
		CalendarRange range = new CalendarRange(from, to);
		return new OccurrencesBetween(range.from(), range.to(), this.calendar.between(range, unitId));
	}

	record OccurrencesBetween(LocalDate from, LocalDate to, List<ThemeOccurrence> occurrences) {

	}

}
