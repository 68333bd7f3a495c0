package vn.health.calendar.deadline;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.health.calendar.theme.DeadlineDetails;
import vn.health.calendar.theme.ThemeOccurrence;
import vn.health.contracts.reporting.ObligationCancelled;
import vn.health.contracts.reporting.ObligationCreated;
import vn.health.contracts.reporting.ObligationReassigned;
import vn.health.contracts.reporting.ObligationRescheduled;

/**
 * Hạn gửi báo cáo — one reporting obligation's deadline as a unit's calendar shows it. Each change carries the
 * instant it happened, and a change only applies when it is newer than the one that last set the same thing, so a
 * redelivered or a late older event changes nothing and events may arrive in any order. A cancellation is final.
 *
 * @param described whether {@code ObligationCreated} arrived (plan number, requirement and recipient known)
 * @param dueSetAt instant of the event that set {@code dueAt}
 * @param unitSetAt instant of the event that set {@code unitId}, {@code null} when only implied
 * @param holders every unit that owed it, oldest first; {@code holderIds} is their ids, indexed for queries
 * @param sequence how many times its date, unit or state changed: the iCalendar {@code SEQUENCE}
 */
@Document("deadlines")
@CompoundIndex(name = "holder_due", def = "{'holderIds': 1, 'dueAt': 1}")
public record Deadline(@Id String obligationId, String planId, boolean described, String planNumber,
		String planTitle, String requirementTitle, String period, String recipientUnitId, Instant dueAt,
		Instant dueSetAt, String unitId, Instant unitSetAt, List<Holder> holders, List<String> holderIds,
		Instant cancelledAt, int sequence, Instant changedAt) {

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	public Deadline {
		holders = List.copyOf(holders);
		holderIds = holders.stream().map(Holder::unitId).distinct().toList();
	}

	static Deadline created(ObligationCreated created) {
		return new Deadline(created.obligationId(), created.planId(), true, created.planNumber(),
				created.planTitle(), created.requirementTitle(), created.period(), created.recipientUnitId(),
				created.dueAt(), created.createdAt(), created.unitId(), created.createdAt(),
				List.of(new Holder(created.unitId(), created.createdAt())), List.of(), null, 0, created.createdAt());
	}

	/** What a later event knows when it arrives first: filled in when {@code ObligationCreated} comes. */
	static Deadline undescribed(String obligationId, String planId, String unitId) {
		return new Deadline(obligationId, planId, false, null, null, null, null, null, null, null, unitId, null,
				List.of(new Holder(unitId, null)), List.of(), null, 0, null);
	}

	/** The description; date and unit only where no later event has set them. */
	Deadline describe(ObligationCreated created) {
		if (this.described) {
			return this;
		}
		boolean dueIsOlder = isOlder(this.dueSetAt, created.createdAt());
		boolean unitIsOlder = isOlder(this.unitSetAt, created.createdAt());
		List<Holder> history = new ArrayList<>(this.holders);
		history.removeIf((holder) -> holder.since() == null);
		history.add(new Holder(created.unitId(), created.createdAt()));
		return new Deadline(this.obligationId, this.planId, true, created.planNumber(), created.planTitle(),
				created.requirementTitle(), created.period(), created.recipientUnitId(),
				dueIsOlder ? created.dueAt() : this.dueAt, dueIsOlder ? created.createdAt() : this.dueSetAt,
				unitIsOlder ? created.unitId() : this.unitId, unitIsOlder ? created.createdAt() : this.unitSetAt,
				sorted(history), List.of(), this.cancelledAt, this.sequence, latest(this.changedAt, created.createdAt()));
	}

	Deadline reschedule(ObligationRescheduled rescheduled) {
		if (this.cancelledAt != null || !isOlder(this.dueSetAt, rescheduled.rescheduledAt())) {
			return this;
		}
		return new Deadline(this.obligationId, this.planId, this.described, this.planNumber, this.planTitle,
				this.requirementTitle, this.period, this.recipientUnitId, rescheduled.dueAt(),
				rescheduled.rescheduledAt(), this.unitId, this.unitSetAt, this.holders, List.of(), null,
				this.sequence + 1, latest(this.changedAt, rescheduled.rescheduledAt()));
	}

	Deadline reassign(ObligationReassigned reassigned) {
		if (this.cancelledAt != null || !isOlder(this.unitSetAt, reassigned.reassignedAt())) {
			return this;
		}
		List<Holder> history = new ArrayList<>(this.holders);
		history.add(new Holder(reassigned.unitId(), reassigned.reassignedAt()));
		return new Deadline(this.obligationId, this.planId, this.described, this.planNumber, this.planTitle,
				this.requirementTitle, this.period, this.recipientUnitId, this.dueAt, this.dueSetAt,
				reassigned.unitId(), reassigned.reassignedAt(), sorted(history), List.of(), null, this.sequence + 1,
				latest(this.changedAt, reassigned.reassignedAt()));
	}

	Deadline cancel(ObligationCancelled cancelled) {
		if (this.cancelledAt != null) {
			return this;
		}
		return new Deadline(this.obligationId, this.planId, this.described, this.planNumber, this.planTitle,
				this.requirementTitle, this.period, this.recipientUnitId, this.dueAt, this.dueSetAt, this.unitId,
				this.unitSetAt, this.holders, List.of(), cancelled.cancelledAt(), this.sequence + 1,
				latest(this.changedAt, cancelled.cancelledAt()));
	}

	/**
	 * The last day to send, in Vietnam: {@code dueAt} is the first instant that is late ("gửi trước ngày 20/3" is
	 * due at 20/3 00:00, so 19/3 is the last day).
	 */
	public LocalDate lastDay() {
		return LocalDate.ofInstant(this.dueAt.minusNanos(1), VIETNAM);
	}

	/**
	 * Whether {@code unit}'s calendar shows it: the unit that owes it now, and a unit that owed it on its due date
	 * (so a merged unit's past calendar does not change when its open obligations move to the successor).
	 */
	public boolean concerns(String unit) {
		if (this.cancelledAt != null || this.dueAt == null) {
			return false;
		}
		return unit.equals(this.unitId) || this.holders.stream()
			.filter((holder) -> holder.since() == null || !holder.since().isAfter(this.dueAt))
			.reduce((earlier, later) -> later)
			.map((holder) -> holder.unitId().equals(unit))
			.orElse(false);
	}

	/** The deadline in a calendar, on its last day. */
	public ThemeOccurrence toOccurrence(String recipientName) {
		String name = "Hạn gửi báo cáo: " + (this.described ? this.requirementTitle : "(chưa rõ tên báo cáo)");
		return ThemeOccurrence.ofDeadline(this.planId, name, lastDay(),
				new DeadlineDetails(this.obligationId, this.planNumber, this.planTitle, this.requirementTitle,
						this.period, this.recipientUnitId, recipientName, this.dueAt, this.sequence, this.changedAt));
	}

	private static boolean isOlder(Instant setAt, Instant change) {
		return setAt == null || change.isAfter(setAt);
	}

	private static Instant latest(Instant a, Instant b) {
		return (a == null || b.isAfter(a)) ? b : a;
	}

	private static List<Holder> sorted(List<Holder> holders) {
		return holders.stream()
			.sorted(Comparator.comparing(Holder::since, Comparator.nullsFirst(Comparator.naturalOrder())))
			.toList();
	}

}
