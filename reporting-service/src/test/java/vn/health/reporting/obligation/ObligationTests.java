package vn.health.reporting.obligation;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.health.contracts.IntegrationEvent;
import vn.health.contracts.plan.DueRule;
import vn.health.contracts.plan.ReportingRequirement;
import vn.health.contracts.reporting.ObligationCancelled;
import vn.health.contracts.reporting.ObligationCreated;
import vn.health.contracts.reporting.ReportAccepted;
import vn.health.contracts.reporting.ReportReturned;
import vn.health.contracts.reporting.ReportSubmitted;
import vn.health.servicekit.outbox.OutboxEvent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static vn.health.reporting.People.COORDINATOR;
import static vn.health.reporting.People.OFFICER;

class ObligationTests {

	static final Instant DUE = Instant.parse("2024-06-19T17:00:00Z");

	static final ReportingRequirement SIX_MONTHS = new ReportingRequirement("r1", "Báo cáo 6 tháng đầu năm",
			LocalDate.of(2024, 6, 20), DueRule.BEFORE_DAY, List.of("ttyt-yen-the"), "cdc", "6 tháng", List.of(), null, List.of());

	static final PlanSnapshot PLAN = new PlanSnapshot("p1", "91/KH-SYT", "Kế hoạch truyền thông y tế năm 2024", 1,
			List.of(SIX_MONTHS), null, Ladder.DEFAULT, 2024);

	private final Obligation obligation = Obligation.open(PLAN, SIX_MONTHS, "ttyt-yen-the", Instant.EPOCH);

	@Test
	void idIsDerivedFromPlanRequirementAndUnit() {
		assertThat(this.obligation.id()).isEqualTo("p1.r1.ttyt-yen-the");
		assertThat(this.obligation.dueAt()).isEqualTo(DUE);
		assertThat(this.obligation.status()).isEqualTo(ObligationStatus.OPEN);
		assertThat(this.obligation.planVersion()).isEqualTo(1);
	}

	@Test
	void aReportIsNotOverdueAtTheVeryInstantOfItsDeadline() {
		assertThatIllegalStateException().isThrownBy(() -> this.obligation.markOverdue(DUE, DUE));
		assertThat(sinceCreation(this.obligation)).isEmpty();
	}

	@Test
	void aReportSubmittedByItsDeadlineIsOnTimeAndAnnounced() {
		Submission submission = this.obligation.submit("Đã tổ chức 3 buổi truyền thông", Map.of("Số buổi", 3.0),
				List.of("files/bc-6-thang.pdf"), OFFICER, DUE);

		assertThat(this.obligation.status()).isEqualTo(ObligationStatus.SUBMITTED);
		assertThat(submission.late()).isFalse();
		assertThat(submission.lateBy()).isZero();
		assertThat(lastEvent()).isEqualTo(new ReportSubmitted("p1.r1.ttyt-yen-the", "p1", "r1",
				"Báo cáo 6 tháng đầu năm", "ttyt-yen-the", "cdc", 1, DUE, DUE, Duration.ZERO, Map.of("Số buổi", 3.0)));
	}

	@Test
	void anOverdueReportIsStillTakenAndMarkedWithHowLateItIs() {
		this.obligation.markOverdue(DUE.plusSeconds(1), DUE.plusSeconds(1));

		Submission submission = this.obligation.submit("Nộp muộn", Map.of(), List.of(), OFFICER,
				DUE.plus(Duration.ofHours(34)));

		assertThat(this.obligation.status()).isEqualTo(ObligationStatus.SUBMITTED);
		assertThat(submission.late()).isTrue();
		assertThat(submission.lateBy()).isEqualTo(Duration.ofHours(34));
		assertThat(lastEvent()).isInstanceOfSatisfying(ReportSubmitted.class,
				(event) -> assertThat(event.lateBy()).isEqualTo(Duration.ofHours(34)));
	}

	@Test
	void aSubmittedReportCannotBeSubmittedAgainUntilItIsReturned() {
		this.obligation.submit("Bản 1", Map.of(), List.of(), OFFICER, DUE);

		assertThatThrownBy(() -> this.obligation.submit("Bản 2", Map.of(), List.of(), OFFICER, DUE))
			.isInstanceOf(IllegalTransitionException.class);
		assertThat(this.obligation.submissions()).hasSize(1);
		assertThat(sinceCreation(this.obligation)).hasSize(1);
	}

	@Test
	void aReturnedReportIsResubmittedAsANewVersionAndTheWholeHistoryIsKept() {
		Instant returnedAt = DUE.plus(Duration.ofDays(1));
		this.obligation.submit("Bản 1", Map.of("Số buổi", 3.0), List.of(), OFFICER, DUE);

		this.obligation.review(ReviewDecision.RETURN, "Thiếu số liệu Ngày Thế giới phòng, chống lao", COORDINATOR,
				returnedAt);
		assertThat(this.obligation.status()).isEqualTo(ObligationStatus.RETURNED);
		assertThat(lastEvent()).isEqualTo(new ReportReturned("p1.r1.ttyt-yen-the", "p1", "r1",
				"Báo cáo 6 tháng đầu năm", "ttyt-yen-the", "cdc", 1, "Thiếu số liệu Ngày Thế giới phòng, chống lao",
				returnedAt));

		Submission second = this.obligation.submit("Bản 2", Map.of("Số buổi", 4.0), List.of(), OFFICER, returnedAt);
		this.obligation.review(ReviewDecision.ACCEPT, null, COORDINATOR, returnedAt.plusSeconds(60));

		assertThat(second.version()).isEqualTo(2);
		assertThat(second.lateBy()).isEqualTo(Duration.ofDays(1));
		assertThat(this.obligation.status()).isEqualTo(ObligationStatus.ACCEPTED);
		assertThat(this.obligation.submissions()).extracting(Submission::narrative).containsExactly("Bản 1", "Bản 2");
		assertThat(this.obligation.submissions()).extracting(Submission::submittedBy).containsOnly(OFFICER);
		assertThat(this.obligation.reviews()).extracting(Review::submissionVersion, Review::decision, Review::reviewedBy)
			.containsExactly(tuple(1, ReviewDecision.RETURN, COORDINATOR), tuple(2, ReviewDecision.ACCEPT, COORDINATOR));
		assertThat(lastEvent()).isInstanceOfSatisfying(ReportAccepted.class,
				(event) -> assertThat(event.submissionVersion()).isEqualTo(2));
	}

	@Test
	void onlyASubmittedReportCanBeReviewedAndOnlyOnce() {
		assertThatThrownBy(() -> this.obligation.review(ReviewDecision.ACCEPT, null, COORDINATOR, DUE))
			.isInstanceOf(IllegalTransitionException.class);
		this.obligation.submit("Bản 1", Map.of(), List.of(), OFFICER, DUE);
		this.obligation.review(ReviewDecision.ACCEPT, null, COORDINATOR, DUE);

		assertThatThrownBy(() -> this.obligation.review(ReviewDecision.RETURN, "Xem lại", COORDINATOR, DUE))
			.isInstanceOf(IllegalTransitionException.class);
		assertThatThrownBy(() -> this.obligation.submit("Bản 2", Map.of(), List.of(), OFFICER, DUE))
			.isInstanceOf(IllegalTransitionException.class);
		assertThat(this.obligation.status()).isEqualTo(ObligationStatus.ACCEPTED);
	}

	@Test
	void returningAReportWithoutAReasonIsRefused() {
		this.obligation.submit("Bản 1", Map.of(), List.of(), OFFICER, DUE);

		assertThatThrownBy(() -> this.obligation.review(ReviewDecision.RETURN, " ", COORDINATOR, DUE))
			.isInstanceOf(IllegalArgumentException.class);
		assertThat(this.obligation.status()).isEqualTo(ObligationStatus.SUBMITTED);
	}

	@Test
	void aCancelledReportCannotBeSubmitted() {
		assertThat(this.obligation.cancel(2, CancellationReason.PLAN_REVOKED, "Kế hoạch bị thu hồi", DUE)).isTrue();

		assertThatThrownBy(() -> this.obligation.submit("Bản 1", Map.of(), List.of(), OFFICER, DUE))
			.isInstanceOf(IllegalTransitionException.class);
		assertThat(this.obligation.cancellation().reason()).isEqualTo("Kế hoạch bị thu hồi");
		assertThat(sinceCreation(this.obligation)).containsExactly(
				new ObligationCancelled("p1.r1.ttyt-yen-the", "p1", "ttyt-yen-the", "PLAN_REVOKED", DUE));
	}

	/** What the obligation announced after {@code ObligationCreated}, which every new obligation records first. */
	static List<IntegrationEvent> sinceCreation(Obligation obligation) {
		List<OutboxEvent> events = obligation.pendingEvents();
		assertThat(events.getFirst().payload()).isInstanceOf(ObligationCreated.class);
		return events.stream().skip(1).map(OutboxEvent::payload).toList();
	}

	private Object lastEvent() {
		List<OutboxEvent> events = this.obligation.pendingEvents();
		return events.getLast().payload();
	}

}
