package vn.health.calendar.deadline;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.health.calendar.theme.ThemeOccurrence;
import vn.health.calendar.theme.ThemeScope;
import vn.health.contracts.reporting.ObligationCancelled;
import vn.health.contracts.reporting.ObligationCreated;
import vn.health.contracts.reporting.ObligationReassigned;
import vn.health.contracts.reporting.ObligationRescheduled;

import static org.assertj.core.api.Assertions.assertThat;

class DeadlineTests {

	private static final String ID = "plan-1.r1.ttyt-yen-the";

	/** "gửi trước ngày 15/6/2024": late from 15/6 00:00 in Vietnam. */
	private static final ObligationCreated CREATED = new ObligationCreated(ID, "plan-1", "91/KH-SYT",
			"Kế hoạch truyền thông y tế năm 2024", "r1", "Báo cáo 6 tháng đầu năm", "6 tháng", "ttyt-yen-the", "cdc",
			Instant.parse("2024-06-14T17:00:00Z"), Instant.parse("2024-01-17T02:30:00Z"));

	private static final ObligationRescheduled RESCHEDULED = new ObligationRescheduled(ID, "plan-1", "ttyt-yen-the",
			CREATED.dueAt(), Instant.parse("2024-06-19T17:00:00Z"), Instant.parse("2024-06-03T02:00:00Z"));

	private static final ObligationReassigned REASSIGNED = new ObligationReassigned(ID, "plan-1", "ttyt-yen-the",
			"ttyt-khu-vuc", "UNITS_MERGED", Instant.parse("2024-06-01T00:00:00Z"));

	private static final ObligationCancelled CANCELLED = new ObligationCancelled(ID, "plan-1", "ttyt-yen-the",
			"PLAN_REVOKED", Instant.parse("2024-06-10T00:00:00Z"));

	@Test
	void fallsOnTheLastDayToSendInVietnam() {
		Deadline deadline = created();

		assertThat(deadline.lastDay()).isEqualTo(LocalDate.of(2024, 6, 14));
		ThemeOccurrence occurrence = deadline.toOccurrence("Trung tâm Kiểm soát bệnh tật tỉnh");
		assertThat(occurrence.id()).isEqualTo("deadline-" + ID);
		assertThat(occurrence.scope()).isEqualTo(ThemeScope.DEADLINE);
		assertThat(occurrence.name()).isEqualTo("Hạn gửi báo cáo: Báo cáo 6 tháng đầu năm");
		assertThat(occurrence.deadline().planNumber()).isEqualTo("91/KH-SYT");
		assertThat(occurrence.deadline().recipientName()).isEqualTo("Trung tâm Kiểm soát bệnh tật tỉnh");
		assertThat(occurrence.deadline().sequence()).isZero();
	}

	@Test
	void aRescheduleMovesTheDeadlineUnderTheSameIdAndCountsAsAChange() {
		Deadline deadline = created();

		assertThat(deadline.reschedule(RESCHEDULED)).isTrue();

		assertThat(deadline.lastDay()).isEqualTo(LocalDate.of(2024, 6, 19));
		assertThat(deadline.sequence()).isEqualTo(1);
		assertThat(deadline.toOccurrence(null).id()).isEqualTo(created().toOccurrence(null).id());
	}

	@Test
	void aRedeliveredEventChangesNothing() {
		Deadline deadline = created();
		deadline.reschedule(RESCHEDULED);
		deadline.reassign(REASSIGNED);
		deadline.cancel(CANCELLED);

		assertThat(deadline.describe(CREATED)).isFalse();
		assertThat(deadline.reschedule(RESCHEDULED)).isFalse();
		assertThat(deadline.reassign(REASSIGNED)).isFalse();
		assertThat(deadline.cancel(CANCELLED)).isFalse();
		assertThat(deadline.sequence()).isEqualTo(3);
	}

	@Test
	void eventsArrivingBeforeTheCreationGiveTheSameDeadlineAsInOrder() {
		Deadline inOrder = created();
		inOrder.reschedule(RESCHEDULED);
		inOrder.reassign(REASSIGNED);

		Deadline reversed = Deadline.of(ID, "plan-1", REASSIGNED.previousUnitId());
		reversed.reassign(REASSIGNED);
		reversed.reschedule(RESCHEDULED);
		reversed.describe(CREATED);

		assertThat(reversed.dueAt()).isEqualTo(inOrder.dueAt());
		assertThat(reversed.unitId()).isEqualTo("ttyt-khu-vuc");
		assertThat(reversed.holders()).isEqualTo(inOrder.holders());
		assertThat(reversed.planNumber()).isEqualTo("91/KH-SYT");
		assertThat(reversed.sequence()).isEqualTo(inOrder.sequence());
	}

	@Test
	void anOlderRescheduleDeliveredLateDoesNotMoveItBack() {
		Deadline deadline = created();
		deadline.reschedule(RESCHEDULED);

		assertThat(deadline.reschedule(new ObligationRescheduled(ID, "plan-1", "ttyt-yen-the", CREATED.dueAt(),
				Instant.parse("2024-06-16T17:00:00Z"), Instant.parse("2024-05-01T00:00:00Z"))))
			.isFalse();
		assertThat(deadline.dueAt()).isEqualTo(RESCHEDULED.dueAt());
	}

	@Test
	void aCancelledDeadlineIsShownToNobodyAndStaysCancelled() {
		Deadline deadline = created();
		deadline.cancel(CANCELLED);

		assertThat(deadline.concerns("ttyt-yen-the")).isFalse();
		assertThat(deadline.reschedule(new ObligationRescheduled(ID, "plan-1", "ttyt-yen-the", CREATED.dueAt(),
				CREATED.dueAt(), Instant.parse("2024-06-11T00:00:00Z"))))
			.isFalse();
		Deadline cancelledFirst = Deadline.of(ID, "plan-1", "ttyt-yen-the");
		cancelledFirst.cancel(CANCELLED);
		cancelledFirst.describe(CREATED);
		assertThat(cancelledFirst.concerns("ttyt-yen-the")).isFalse();
	}

	@Test
	void aReassignedDeadlineGoesToTheSuccessorAndStaysInThePastCalendarOfTheUnitThatOwedItWhenItFellDue() {
		Deadline open = created();
		open.reassign(REASSIGNED);
		assertThat(open.concerns("ttyt-khu-vuc")).isTrue();
		assertThat(open.concerns("ttyt-yen-the")).as("reassigned before it fell due").isFalse();

		Deadline overdue = created();
		overdue.reassign(new ObligationReassigned(ID, "plan-1", "ttyt-yen-the", "ttyt-khu-vuc", "UNITS_MERGED",
				Instant.parse("2024-07-01T00:00:00Z")));
		assertThat(overdue.concerns("ttyt-khu-vuc")).isTrue();
		assertThat(overdue.concerns("ttyt-yen-the")).as("it owed it on its due date").isTrue();
		assertThat(overdue.concerns("tyt-khac")).isFalse();
	}

	private static Deadline created() {
		Deadline deadline = Deadline.of(ID, "plan-1", CREATED.unitId());
		deadline.describe(CREATED);
		return deadline;
	}

}
