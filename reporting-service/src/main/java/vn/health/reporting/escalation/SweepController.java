package vn.health.reporting.escalation;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.health.servicekit.web.ConflictException;
import vn.health.servicekit.web.InputErrors;

/** Operators re-run the overdue and reminder sweeps for a given instant, e.g. after an outage. */
@RestController
@RequestMapping("/api/admin/sweeps")
class SweepController {

	private final OverdueSweep sweep;

	private final ReminderSweep reminders;

	private final Clock clock;

	SweepController(OverdueSweep sweep, ReminderSweep reminders, Clock clock) {
		this.sweep = sweep;
		this.reminders = reminders;
		this.clock = clock;
	}

	@PostMapping("/overdue")
	SweepResult overdue(
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime asOf) {
		Instant instant = pastOrNow(asOf);
		int marked = this.sweep.sweep(instant)
			.orElseThrow(() -> new ConflictException("Một lượt quét quá hạn khác đang chạy, vui lòng thử lại sau",
					"Another overdue sweep is running; try again later"));
		return new SweepResult(instant, marked);
	}

	@PostMapping("/reminders")
	ReminderResult reminders(
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime asOf) {
		Instant instant = pastOrNow(asOf);
		int reminded = this.reminders.sweep(instant)
			.orElseThrow(() -> new ConflictException("Một lượt quét nhắc hạn khác đang chạy, vui lòng thử lại sau",
					"Another reminder sweep is running; try again later"));
		return new ReminderResult(instant, reminded);
	}

	/**
	 * A replay looks back: a future instant would mark reports overdue (and alert their units) before
	 * their time, which cannot be undone.
	 */
	private Instant pastOrNow(OffsetDateTime asOf) {
		Instant now = this.clock.instant();
		Instant instant = (asOf != null) ? asOf.toInstant() : now;
		new InputErrors().check(!instant.isAfter(now), "asOf", "Thời điểm quét không được ở tương lai",
				"asOf must not be in the future").throwIfAny();
		return instant;
	}

	record SweepResult(Instant asOf, int markedOverdue) {

	}

	record ReminderResult(Instant asOf, int reminded) {

	}

}
