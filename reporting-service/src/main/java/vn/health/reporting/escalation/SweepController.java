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

/** Operators re-run the overdue sweep for a given instant, e.g. after an outage. */
@RestController
@RequestMapping("/api/admin/sweeps")
class SweepController {

	private final OverdueSweep sweep;

	private final Clock clock;

	SweepController(OverdueSweep sweep, Clock clock) {
		this.sweep = sweep;
		this.clock = clock;
	}

	@PostMapping("/overdue")
	SweepResult overdue(
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime asOf) {
		Instant instant = (asOf != null) ? asOf.toInstant() : this.clock.instant();
		int marked = this.sweep.sweep(instant)
			.orElseThrow(() -> new ConflictException("Một lượt quét quá hạn khác đang chạy, vui lòng thử lại sau",
					"Another overdue sweep is running; try again later"));
		return new SweepResult(instant, marked);
	}

	record SweepResult(Instant asOf, int markedOverdue) {

	}

}
