package vn.health.reporting.escalation;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.health.servicekit.security.Caller;
import vn.health.servicekit.security.Role;
import vn.health.servicekit.web.ConflictException;
import vn.health.servicekit.web.InputErrors;

/** Operators re-run the overdue, reminder and escalation sweeps for a given instant, e.g. after an outage. */
@RestController
@RequestMapping("/api/admin/sweeps")
class SweepController {

	private final OverdueSweep sweep;

	private final ReminderSweep reminders;

	private final EscalationSweep escalations;

	private final Clock clock;

	SweepController(OverdueSweep sweep, ReminderSweep reminders, EscalationSweep escalations, Clock clock) {
		this.sweep = sweep;
		this.reminders = reminders;
		this.escalations = escalations;
		this.clock = clock;
	}

	@PostMapping("/overdue")
	SweepResult overdue(
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime asOf,
			Caller caller) {
		Instant instant = pastOrNow(asOf, caller);
		OverdueSweep.Swept swept = run(this.sweep::sweep, instant, "quá hạn", "overdue");
		return new SweepResult(instant, swept.markedOverdue(), swept.alerted());
	}

	@PostMapping("/reminders")
	ReminderResult reminders(
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime asOf,
			Caller caller) {
		Instant instant = pastOrNow(asOf, caller);
		return new ReminderResult(instant, run(this.reminders::sweep, instant, "nhắc hạn", "reminder"));
	}

	@PostMapping("/escalations")
	EscalationResult escalations(
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime asOf,
			Caller caller) {
		Instant instant = pastOrNow(asOf, caller);
		return new EscalationResult(instant,
				run(this.escalations::sweep, instant, "báo cáo cấp trên", "escalation"));
	}

	private static <T> T run(Function<Instant, Optional<T>> sweep, Instant asOf, String nameVi, String nameEn) {
		return sweep.apply(asOf)
			.orElseThrow(() -> new ConflictException("Một lượt quét " + nameVi + " khác đang chạy, vui lòng thử lại sau",
					"Another " + nameEn + " sweep is running; try again later"));
	}

	/**
	 * A replay looks back: a future instant would mark reports overdue (and alert their units) before
	 * their time, which cannot be undone. Sweeps are the Sở's administrators' to run by hand.
	 */
	private Instant pastOrNow(OffsetDateTime asOf, Caller caller) {
		caller.requireAny(Role.PROVINCE_ADMIN);
		Instant now = this.clock.instant();
		Instant instant = (asOf != null) ? asOf.toInstant() : now;
		new InputErrors().check(!instant.isAfter(now), "asOf", "Thời điểm quét không được ở tương lai",
				"asOf must not be in the future").throwIfAny();
		return instant;
	}

	/** {@code alerted}: overdue alerts announced, for reports overdue now or before. */
	record SweepResult(Instant asOf, int markedOverdue, int alerted) {

	}

	record ReminderResult(Instant asOf, int reminded) {

	}

	record EscalationResult(Instant asOf, int escalated) {

	}

}
