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
 * instant it happened, and a change only applies when it is newer than the one that last set the same thing (the
 * date, the unit), so a redelivered or a late older event changes nothing and events may arrive in any order. A
 * cancellation is final. Each change method returns whether it changed anything.
 */
@Document("deadlines")
@CompoundIndex(name = "holder_due", def = "{'holderIds': 1, 'dueAt': 1}")
public class Deadline {

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	@Id
	private String obligationId;

	private String planId;

	/** Whether {@code ObligationCreated} arrived: plan number, requirement and recipient are known. */
	private boolean described;

	private String planNumber;

	private String planTitle;

	private String requirementTitle;

	private String period;

	private String recipientUnitId;

	private Instant dueAt;

	/** Instant of the event that set {@code dueAt}. */
	private Instant dueSetAt;

	private String unitId;

	/** Instant of the event that set {@code unitId}; {@code null} while only implied by a later event. */
	private Instant unitSetAt;

	/** Every unit that owed it, oldest first; {@code holderIds} repeats their ids for the indexed query. */
	private List<Holder> holders = new ArrayList<>();

	private List<String> holderIds = new ArrayList<>();

	private Instant cancelledAt;

	/** How many times its date, unit or state changed: the iCalendar {@code SEQUENCE}. */
	private int sequence;

	private Instant changedAt;

	protected Deadline() {
	}

	/** What is known of an obligation before any event about it: its id, plan and the unit that owes it. */
	static Deadline of(String obligationId, String planId, String unitId) {
		Deadline deadline = new Deadline();
		deadline.obligationId = obligationId;
		deadline.planId = planId;
		deadline.unitId = unitId;
		deadline.setHolders(List.of(new Holder(unitId, null)));
		return deadline;
	}

	/** The description, always; the date and the unit only where no later event has set them. */
	boolean describe(ObligationCreated created) {
		if (this.described) {
			return false;
		}
		this.described = true;
		this.planNumber = created.planNumber();
		this.planTitle = created.planTitle();
		this.requirementTitle = created.requirementTitle();
		this.period = created.period();
		this.recipientUnitId = created.recipientUnitId();
		if (isOlder(this.dueSetAt, created.createdAt())) {
			this.dueAt = created.dueAt();
			this.dueSetAt = created.createdAt();
		}
		if (isOlder(this.unitSetAt, created.createdAt())) {
			this.unitId = created.unitId();
			this.unitSetAt = created.createdAt();
		}
		List<Holder> history = new ArrayList<>(this.holders);
		history.removeIf((holder) -> holder.since() == null);
		history.add(new Holder(created.unitId(), created.createdAt()));
		setHolders(history);
		touch(created.createdAt(), false);
		return true;
	}

	boolean reschedule(ObligationRescheduled rescheduled) {
		if (this.cancelledAt != null || !isOlder(this.dueSetAt, rescheduled.rescheduledAt())) {
			return false;
		}
		this.dueAt = rescheduled.dueAt();
		this.dueSetAt = rescheduled.rescheduledAt();
		touch(rescheduled.rescheduledAt(), true);
		return true;
	}

	boolean reassign(ObligationReassigned reassigned) {
		if (this.cancelledAt != null || !isOlder(this.unitSetAt, reassigned.reassignedAt())) {
			return false;
		}
		this.unitId = reassigned.unitId();
		this.unitSetAt = reassigned.reassignedAt();
		List<Holder> history = new ArrayList<>(this.holders);
		history.add(new Holder(reassigned.unitId(), reassigned.reassignedAt()));
		setHolders(history);
		touch(reassigned.reassignedAt(), true);
		return true;
	}

	boolean cancel(ObligationCancelled cancelled) {
		if (this.cancelledAt != null) {
			return false;
		}
		this.cancelledAt = cancelled.cancelledAt();
		touch(cancelled.cancelledAt(), true);
		return true;
	}

	/**
	 * The last day to send, in Vietnam: {@code dueAt} is the first instant that is late ("gửi trước ngày 20/3" is
	 * due at 20/3 00:00, so 19/3 is the last day).
	 */
	LocalDate lastDay() {
		return LocalDate.ofInstant(this.dueAt.minusNanos(1), VIETNAM);
	}

	/**
	 * Whether {@code unit}'s calendar shows it: the unit that owes it now, and a unit that owed it on its due date
	 * (so a merged unit's past calendar does not change when its open obligations move to the successor).
	 */
	boolean concerns(String unit) {
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
	ThemeOccurrence toOccurrence(String recipientName) {
		String name = "Hạn gửi báo cáo: " + (this.described ? this.requirementTitle : "(chưa rõ tên báo cáo)");
		return ThemeOccurrence.ofDeadline(this.planId, name, lastDay(),
				new DeadlineDetails(this.obligationId, this.planNumber, this.planTitle, this.requirementTitle,
						this.period, this.recipientUnitId, recipientName, this.dueAt, this.sequence, this.changedAt));
	}

	String unitId() {
		return this.unitId;
	}

	Instant dueAt() {
		return this.dueAt;
	}

	String recipientUnitId() {
		return this.recipientUnitId;
	}

	String planNumber() {
		return this.planNumber;
	}

	int sequence() {
		return this.sequence;
	}

	List<Holder> holders() {
		return List.copyOf(this.holders);
	}

	private void setHolders(List<Holder> history) {
		this.holders = history.stream()
			.sorted(Comparator.comparing(Holder::since, Comparator.nullsFirst(Comparator.naturalOrder())))
			.toList();
		this.holderIds = this.holders.stream().map(Holder::unitId).distinct().toList();
	}

	/** A change of date, unit or state counts for {@code SEQUENCE}; the description alone does not. */
	private void touch(Instant at, boolean counts) {
		if (counts) {
			this.sequence++;
		}
		if (this.changedAt == null || at.isAfter(this.changedAt)) {
			this.changedAt = at;
		}
	}

	private static boolean isOlder(Instant setAt, Instant change) {
		return setAt == null || change.isAfter(setAt);
	}

}
