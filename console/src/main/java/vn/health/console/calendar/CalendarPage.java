package vn.health.console.calendar;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import vn.health.console.api.CalendarClient;
import vn.health.console.api.CalendarEntry;
import vn.health.console.web.Formats;
import vn.health.servicekit.security.Caller;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Lịch chủ đề: a month of theme days, campaigns and deadlines as an agenda day by day, or as a month grid
 * ({@code ?xem=thang}), and the unit's .ics subscription.
 */
@Controller
class CalendarPage {

	/** The month grid's name in the address; the agenda has none. */
	private static final String GRID = "thang";

	private final CalendarClient calendar;

	private final Formats formats;

	CalendarPage(CalendarClient calendar, Formats formats) {
		this.calendar = calendar;
		this.formats = formats;
	}

	@GetMapping("/lich")
	String month(Caller caller, @RequestParam(name = "thang", required = false) String month,
			@RequestParam(name = "xem", required = false) String view, Model model) {
		YearMonth shown = parse(month);
		LocalDate today = LocalDate.ofInstant(this.formats.now(), this.formats.zone());
		List<CalendarEntry> entries = this.calendar.between(caller.unitId(), shown.atDay(1), shown.atEndOfMonth());
		Map<LocalDate, List<CalendarEntry>> byDay = entries.stream()
			.collect(Collectors.groupingBy((e) -> e.start().isBefore(shown.atDay(1)) ? shown.atDay(1) : e.start(),
					TreeMap::new, Collectors.toList()));
		model.addAttribute("month", shown);
		model.addAttribute("title", "Tháng " + shown.getMonthValue() + "/" + shown.getYear());
		model.addAttribute("previous", shown.minusMonths(1).toString());
		model.addAttribute("next", shown.plusMonths(1).toString());
		model.addAttribute("days", byDay);
		model.addAttribute("grid", GRID.equals(view) ? MonthGrid.of(shown, byDay, today) : null);
		model.addAttribute("view", GRID.equals(view) ? GRID : null);
		model.addAttribute("weekdays", MonthGrid.WEEKDAYS);
		return "lich";
	}

	/** Asks for a new secret feed address; shown once on the page for the user to copy into a calendar app. */
	@PostMapping("/lich/dang-ky")
	String subscribe(Caller caller, @RequestParam(name = "thang", required = false) String month,
			@RequestParam(name = "xem", required = false) String view, Model model) {
		model.addAttribute("feed", this.calendar.newFeed(caller.unitId()));
		return month(caller, month, view, model);
	}

	private YearMonth parse(String month) {
		try {
			return (month != null) ? YearMonth.parse(month) : thisMonth();
		}
		catch (DateTimeParseException notAMonth) {
			return thisMonth();
		}
	}

	private YearMonth thisMonth() {
		return YearMonth.from(this.formats.now().atZone(this.formats.zone()));
	}

}
