package vn.health.calendar.upcoming;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.health.calendar.access.CalendarAccess;
import vn.health.servicekit.security.Caller;
import vn.health.servicekit.web.ConflictException;
import vn.health.servicekit.web.InputErrors;

/** Operators re-run the upcoming-theme sweep for an instant, e.g. after an outage. */
@RestController
class UpcomingController {

	private final UpcomingSweep sweep;

	private final CalendarAccess access;

	private final Clock clock;

	UpcomingController(UpcomingSweep sweep, CalendarAccess access, Clock clock) {
		this.sweep = sweep;
		this.access = access;
		this.clock = clock;
	}

	/** A replay looks back: a future instant would announce themes before their time, which cannot be undone. */
	@PostMapping("/api/calendar/sweeps/upcoming")
	SweepResult upcoming(
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime asOf,
			Caller caller) {
		this.access.requireProvinceAdmin(caller);
		Instant now = this.clock.instant();
		Instant instant = (asOf != null) ? asOf.toInstant() : now;
		new InputErrors().check(!instant.isAfter(now), "asOf", "Thời điểm quét không được ở tương lai",
				"asOf must not be in the future").throwIfAny();
		int announced = this.sweep.sweep(instant)
			.orElseThrow(() -> new ConflictException("Một lượt quét ngày chủ đề khác đang chạy, vui lòng thử lại sau",
					"Another upcoming-theme sweep is running; try again later"));
		return new SweepResult(instant, announced);
	}

	record SweepResult(Instant asOf, int announced) {

	}

}
