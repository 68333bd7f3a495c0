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
		Deadline deadline = Deadline.created(CREATED);

		assertThat(deadline.lastDay()).isEqualTo(LocalDate.of(2024, 6, 14));
		ThemeOccurrence occurrence = deadline.toOccurrence("Trung tâm Kiểm soát bệnh tật tỉnh");
		assertThat(occurrence.id()).isEqualTo("deadline-" + ID);
		assertThat(occurrence.scope()).isEqualTo(ThemeScope.DEADLINE);
		assertThat(occurrence.name()).isEqualTo("Hạn gửi báo cáo: Báo cáo 6 tháng đầu năm");
		assertThat(occurrence.deadline().planNumber()).isEqualTo("91/KH-SYT");
		assertThat(occurrence.deadline().recipientName()).isEqualTo("Trung tâm Kiểm soát bệnh tật tỉnh");
	}

	@Test
	void aRescheduleMovesTheDeadlineAndCountsAsAChange() {
		Deadline moved = Deadline.created(CREATED).reschedule(RESCHEDULED);

		assertThat(moved.lastDay()).isEqualTo(LocalDate.of(2024, 6, 19));
		assertThat(moved.sequence()).isEqualTo(1);
		assertThat(moved.toOccurrence(null).id()).isEqualTo(Deadline.created(CREATED).toOccurrence(null).id());
	}

	@Test
	void aRedeliveredEventChangesNothing() {
		Deadline once = Deadline.created(CREATED).reschedule(RESCHEDULED).reassign(REASSIGNED);

		assertThat(once.describe(CREATED).reschedule(RESCHEDULED).reassign(REASSIGNED)).isEqualTo(once);
	}

	@Test
	void eventsArrivingBeforeTheCreationGiveTheSameDeadlineAsInOrder() {
		Deadline inOrder = Deadline.created(CREATED).reschedule(RESCHEDULED).reassign(REASSIGNED);

		Deadline reversed = Deadline.undescribed(ID, "plan-1", "ttyt-yen-the")
			.reschedule(RESCHEDULED)
			.reassign(REASSIGNED)
			.describe(CREATED);

		assertThat(reversed.dueAt()).isEqualTo(inOrder.dueAt());
		assertThat(reversed.unitId()).isEqualTo("ttyt-khu-vuc");
		assertThat(reversed.holders()).isEqualTo(inOrder.holders());
		assertThat(reversed.planNumber()).isEqualTo("91/KH-SYT");
	}

	@Test
	void anOlderRescheduleDeliveredLateDoesNotMoveItBack() {
		ObligationRescheduled older = new ObligationRescheduled(ID, "plan-1", "ttyt-yen-the", CREATED.dueAt(),
				Instant.parse("2024-06-16T17:00:00Z"), Instant.parse("2024-05-01T00:00:00Z"));

		Deadline deadline = Deadline.created(CREATED).reschedule(RESCHEDULED).reschedule(older);

		assertThat(deadline.dueAt()).isEqualTo(RESCHEDULED.dueAt());
	}

	@Test
	void aCancelledDeadlineIsShownToNobodyAndStaysCancelled() {
		Deadline cancelled = Deadline.created(CREATED).cancel(CANCELLED);

		assertThat(cancelled.concerns("ttyt-yen-the")).isFalse();
		assertThat(cancelled.reschedule(new ObligationRescheduled(ID, "plan-1", "ttyt-yen-the", CREATED.dueAt(),
				CREATED.dueAt(), Instant.parse("2024-06-11T00:00:00Z"))))
			.isEqualTo(cancelled);
		assertThat(Deadline.undescribed(ID, "plan-1", "ttyt-yen-the").cancel(CANCELLED).describe(CREATED)
			.concerns("ttyt-yen-the")).isFalse();
	}

	@Test
	void aReassignedDeadlineGoesToTheSuccessorAndStaysInThePastCalendarOfTheUnitThatOwedItWhenItFellDue() {
		Deadline open = Deadline.created(CREATED).reassign(REASSIGNED);
		assertThat(open.concerns("ttyt-khu-vuc")).isTrue();
		assertThat(open.concerns("ttyt-yen-the")).as("reassigned before it fell due").isFalse();

		Deadline overdue = Deadline.created(CREATED)
			.reassign(new ObligationReassigned(ID, "plan-1", "ttyt-yen-the", "ttyt-khu-vuc", "UNITS_MERGED",
					Instant.parse("2024-07-01T00:00:00Z")));
		assertThat(overdue.concerns("ttyt-khu-vuc")).isTrue();
		assertThat(overdue.concerns("ttyt-yen-the")).as("it owed it on its due date").isTrue();
		assertThat(overdue.concerns("tyt-khac")).isFalse();
	}

}
