package vn.health.calendar.plan;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import vn.health.calendar.CalendarRange;
import vn.health.contracts.plan.PlanAmended;
import vn.health.contracts.plan.PlanClosed;
import vn.health.contracts.plan.PlanEvent;
import vn.health.contracts.plan.PlanIssued;
import vn.health.contracts.plan.PlanRevoked;

/**
 * Lịch các kế hoạch — keeps each plan's calendar at its latest version. Events of one plan arrive in order (keyed by
 * plan id) but at least once, and a replay may bring old versions: only a newer version replaces what is stored.
 */
@Component
public class PlanCalendars {

	private static final Logger log = LoggerFactory.getLogger(PlanCalendars.class);

	private final PlanCalendarRepository plans;

	PlanCalendars(PlanCalendarRepository plans) {
		this.plans = plans;
	}

	/** Applies a plan event; returns whether it changed anything. */
	boolean apply(PlanEvent event) {
		Optional<PlanCalendar> stored = this.plans.findById(event.aggregateId());
		PlanCalendar next = switch (event) {
			case PlanIssued issued -> newer(stored, issued.version(),
					() -> PlanCalendar.of(issued.planId(), issued.version(), issued.number(), issued.title(),
							issued.year(), issued.kind(), issued.period(), issued.themes(), issued.assignments(),
							issued.requirements()));
			case PlanAmended amended -> newer(stored, amended.version(),
					() -> PlanCalendar.of(amended.planId(), amended.version(), amended.number(), amended.title(),
							amended.year(), amended.kind(), amended.period(), amended.themes(),
							amended.assignments(), amended.requirements()));
			case PlanRevoked revoked -> stored.filter(PlanCalendar::revoked).isPresent() ? null
					: stored.map((plan) -> plan.revoke(revoked.version()))
						.orElseGet(() -> PlanCalendar.revokedBeforeSeen(revoked.planId(), revoked.version(),
								revoked.number(), revoked.title(), revoked.year()));
			// A closed plan's calendar stays as the record of what it planned.
			case PlanClosed closed -> null;
		};
		if (next == null) {
			return false;
		}
		this.plans.save(next);
		next.themes()
			.stream()
			.filter((theme) -> !theme.readable())
			.forEach((theme) -> log.warn("Plan {} v{}: theme \"{}\" kept without dates: {}", next.planId(),
					next.version(), theme.name(), theme.problem()));
		return true;
	}

	private static PlanCalendar newer(Optional<PlanCalendar> stored, int version,
			Supplier<PlanCalendar> build) {
		return stored.map((plan) -> plan.isReplacedBy(version)).orElse(true) ? build.get() : null;
	}

	/** The plans in force that concern {@code unitId}. */
	public List<PlanCalendar> forUnit(String unitId) {
		return this.plans.findByUnitIdsAndRevokedFalse(unitId);
	}

	/** The plans in force whose period overlaps {@code range}. */
	public List<PlanCalendar> overlapping(CalendarRange range) {
		return this.plans.findByRevokedFalseAndToGreaterThanEqualAndFromLessThanEqual(range.from(), range.to());
	}

	public Optional<PlanCalendar> find(String planId) {
		return this.plans.findById(planId);
	}

}
