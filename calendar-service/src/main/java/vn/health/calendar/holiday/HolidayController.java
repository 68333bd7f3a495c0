package vn.health.calendar.holiday;

import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import vn.health.calendar.CalendarYear;
import vn.health.servicekit.security.Caller;

@RestController
class HolidayController {

	private final Holidays holidays;

	HolidayController(Holidays holidays) {
		this.holidays = holidays;
	}

	@GetMapping("/api/calendar/holidays")
	HolidaysOfYear holidays(@RequestParam int year) {
		int value = new CalendarYear(year).value();
		PublicHolidays publicHolidays = this.holidays.publicHolidays();
		return new HolidaysOfYear(value, publicHolidays.in(value),
				publicHolidays.workingDaysIn(value).stream().map(AdjustmentView::of).toList());
	}

	@PostMapping("/api/calendar/holidays/adjustments")
	@ResponseStatus(HttpStatus.CREATED)
	AdjustmentView adjust(@RequestBody Holidays.AdjustmentRequest request, Caller caller) {
		return AdjustmentView.of(this.holidays.adjust(request, caller));
	}

	@DeleteMapping("/api/calendar/holidays/adjustments/{date}")
	AdjustmentView withdraw(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			Caller caller) {
		return AdjustmentView.of(this.holidays.withdraw(date, caller));
	}

	/** A year's days off, and the weekend days worked instead (ngày làm bù). */
	record HolidaysOfYear(int year, List<PublicHoliday> holidays, List<AdjustmentView> workingDays) {

	}

	record AdjustmentView(LocalDate date, AdjustmentKind kind, String reason) {

		static AdjustmentView of(HolidayAdjustment adjustment) {
			return new AdjustmentView(adjustment.date(), adjustment.kind(), adjustment.reason());
		}

	}

}
