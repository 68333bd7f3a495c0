package vn.health.plan.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.health.contracts.directory.UnitType;
import vn.health.contracts.plan.AlertLadder;
import vn.health.contracts.plan.DueRule;
import vn.health.contracts.plan.Indicator;
import vn.health.contracts.plan.PlanAmended;
import vn.health.contracts.plan.PlanClosed;
import vn.health.contracts.plan.PlanIssued;
import vn.health.contracts.plan.PlanKind;
import vn.health.contracts.plan.PlanPeriod;
import vn.health.contracts.plan.PlanRevoked;
import vn.health.contracts.plan.Theme;
import vn.health.servicekit.outbox.OutboxEvent;
import vn.health.servicekit.web.ConflictException;
import vn.health.servicekit.web.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PlanTests {

	private static final Instant NOW = Instant.parse("2024-03-05T02:30:00Z");

	private static final UnitsByType DIRECTORY = new UnitsByType(
			Map.of(UnitType.DISTRICT_HEALTH_CENTRE, List.of("ttyt-yen-the", "ttyt-tan-yen"), UnitType.PROVINCIAL_CDC,
					List.of("cdc")));

	@Test
	void issuingResolvesUnitTypesAndAnnouncesTheFullSnapshotOnce() {
		Plan plan = Plan.draft("p1", content("2024-06-20", UnitType.DISTRICT_HEALTH_CENTRE), "nvy", NOW);
		assertThat(plan.pendingEvents()).isEmpty();

		plan.issue(DIRECTORY, "pgd", NOW);

		assertThat(plan.status()).isEqualTo(PlanStatus.ISSUED);
		assertThat(plan.content().requirements().get(0).resolvedReporterUnitIds()).containsExactly("ttyt-yen-the",
				"ttyt-tan-yen");
		assertThat(plan.content().requirements().get(0).reporterUnitTypes())
			.containsExactly(UnitType.DISTRICT_HEALTH_CENTRE);
		assertThat(plan.pendingEvents()).singleElement()
			.extracting(OutboxEvent::payload)
			.isInstanceOfSatisfying(PlanIssued.class, (issued) -> {
				assertThat(issued.version()).isEqualTo(1);
				assertThat(issued.requirements().get(0).reporterUnitIds()).containsExactly("ttyt-yen-the", "ttyt-tan-yen");
				assertThat(issued.assignments().get(0).unitIds()).containsExactly("cdc");
				assertThat(issued.themes()).containsExactly(new Theme("Ngày Thế giới phòng, chống lao", "24/3"));
				assertThat(issued.period()).isEqualTo(new PlanPeriod(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)));
			});
	}

	@Test
	void theSnapshotCarriesEachReportsIndicatorTemplateAndThePlansAlertLadderLatestReminderFirst() {
		PlanDraft draft = draft("2024-06-20", UnitType.DISTRICT_HEALTH_CENTRE);
		PlanDraft.Requirement report = draft.requirements().get(0);
		PlanDraft withTemplate = withLadder(draft, new AlertLadder(List.of(1, 10, 5), 2),
				new PlanDraft.Requirement(report.title(), report.dueDate(), report.dueRule(), report.reporterUnitIds(),
						report.recipientUnitId(), report.requirementId(), report.period(), report.reporterUnitTypes(),
						null, List.of(new Indicator(" so-bai-viet ", "Số tin, bài đăng tải", "bài"),
								new Indicator("so-buoi", "Số buổi truyền thông trực tiếp", "buổi"))));
		Plan plan = Plan.draft("p1", PlanContent.of(withTemplate), "nvy", NOW);

		plan.issue(DIRECTORY, "pgd", NOW);

		assertThat(plan.pendingEvents().get(0).payload()).isInstanceOfSatisfying(PlanIssued.class, (issued) -> {
			assertThat(issued.alertLadder()).isEqualTo(new AlertLadder(List.of(10, 5, 1), 2));
			assertThat(issued.requirements().get(0).indicators()).containsExactly(
					new Indicator("so-bai-viet", "Số tin, bài đăng tải", "bài"),
					new Indicator("so-buoi", "Số buổi truyền thông trực tiếp", "buổi"));
		});
	}

	@Test
	void withoutItsOwnLadderAPlanAnnouncesNoneSoThePlatformDefaultsApply() {
		Plan plan = issued();

		assertThat(plan.pendingEvents().get(0).payload()).isInstanceOfSatisfying(PlanIssued.class, (issued) -> {
			assertThat(issued.alertLadder()).isNull();
			assertThat(issued.requirements().get(0).indicators()).isEmpty();
		});
	}

	@Test
	void changingOnlyTheLadderIsAnAmendmentThatSaysSo() {
		Plan plan = issued();

		plan.amend(PlanContent.of(withLadder(draft("2024-06-20", UnitType.DISTRICT_HEALTH_CENTRE),
				new AlertLadder(List.of(5), 1), null)), DIRECTORY, "Nhắc sớm hơn", "pgd", NOW);

		assertThat(plan.pendingEvents().get(1).payload()).isInstanceOfSatisfying(PlanAmended.class, (amended) -> {
			assertThat(amended.changed()).containsExactly("alertLadder");
			assertThat(amended.alertLadder()).isEqualTo(new AlertLadder(List.of(5), 1));
		});
	}

	@Test
	void theRecipientDoesNotReportToItselfWhenItHasAReporterType() {
		Plan plan = Plan.draft("p1", content("2024-06-20", UnitType.PROVINCIAL_CDC), "nvy", NOW);
		assertThatExceptionOfType(IncompletePlan.class).isThrownBy(() -> plan.issue(DIRECTORY, "pgd", NOW))
			.satisfies((ex) -> assertThat(ex.problems()).extracting("field")
				.containsExactly("requirements[0].reporterUnitTypes"));
	}

	@Test
	void aTypeWithoutUnitsBlocksIssuingAndNothingIsRecorded() {
		Plan plan = Plan.draft("p1", content("2024-06-20", UnitType.COMMUNE_HEALTH_STATION), "nvy", NOW);

		assertThatExceptionOfType(IncompletePlan.class).isThrownBy(() -> plan.issue(DIRECTORY, "pgd", NOW));

		assertThat(plan.status()).isEqualTo(PlanStatus.DRAFT);
		assertThat(plan.pendingEvents()).isEmpty();
		assertThat(plan.history()).hasSize(1);
	}

	@Test
	void aDraftWithoutDeadlinesIsKeptWithWhatItLacksAndIsNotIssuedUntilTheyAreFilledIn() {
		PlanDraft complete = draft("2024-06-20", UnitType.DISTRICT_HEALTH_CENTRE);
		PlanDraft.Requirement report = complete.requirements().get(0);
		PlanDraft undated = withLadder(complete, null, new PlanDraft.Requirement("Định kỳ báo cáo kết quả", null, null,
				List.of(), null, null, "Định kỳ", List.of(), null));
		Plan plan = Plan.draft("p1", PlanContent.of(undated), "nvy", NOW);

		assertThat(plan.missing()).extracting("field")
			.containsExactly("requirements[0].dueDate", "requirements[0].recipientUnitId",
					"requirements[0].reporterUnitIds");
		assertThat(plan.missing().get(0).message()).isEqualTo("Báo cáo 1 “Định kỳ báo cáo kết quả”: chưa có hạn nộp");
		assertThatExceptionOfType(IncompletePlan.class).isThrownBy(() -> plan.issue(DIRECTORY, "pgd", NOW))
			.satisfies((ex) -> assertThat(ex.problems()).extracting("field").contains("requirements[0].dueDate"));
		assertThat(plan.status()).isEqualTo(PlanStatus.DRAFT);
		assertThat(plan.pendingEvents()).isEmpty();

		plan.edit(PlanContent.of(withLadder(complete, null, report)), "nvy", NOW);
		assertThat(plan.missing()).isEmpty();
		plan.issue(DIRECTORY, "pgd", NOW);
		assertThat(plan.pendingEvents()).singleElement().extracting(OutboxEvent::payload).isInstanceOf(PlanIssued.class);
	}

	@Test
	void anAmendmentThatDropsADeadlineIsRefusedAndTheVersionInForceStays() {
		Plan plan = issued();
		PlanDraft.Requirement report = draft("2024-06-20", UnitType.DISTRICT_HEALTH_CENTRE).requirements().get(0);
		PlanDraft undated = withLadder(draft("2024-06-20", UnitType.DISTRICT_HEALTH_CENTRE), null,
				new PlanDraft.Requirement(report.title(), null, report.dueRule(), null, "cdc", "6-thang", "6 tháng",
						report.reporterUnitTypes(), null));

		assertThatExceptionOfType(IncompletePlan.class)
			.isThrownBy(() -> plan.amend(PlanContent.of(undated), DIRECTORY, "Bỏ hạn", "pgd", NOW))
			.satisfies((ex) -> assertThat(ex.problems()).extracting("field").containsExactly("requirements[0].dueDate"));
		assertThat(plan.version()).isEqualTo(1);
		assertThat(plan.content().requirements().get(0).dueDate()).hasToString("2024-06-20");
		assertThat(plan.pendingEvents()).hasSize(1);
	}

	@Test
	void anIssuedPlanIsNeitherEditedNorIssuedAgain() {
		Plan plan = issued();

		assertThatExceptionOfType(ConflictException.class)
			.isThrownBy(() -> plan.edit(content("2024-06-19", UnitType.DISTRICT_HEALTH_CENTRE), "nvy", NOW));
		assertThatExceptionOfType(ConflictException.class).isThrownBy(() -> plan.issue(DIRECTORY, "pgd", NOW));
		assertThat(plan.pendingEvents()).hasSize(1);
	}

	@Test
	void anAmendmentIsTheNextVersionAndAnnouncesWhatChanged() {
		Plan plan = issued();

		plan.amend(content("2024-06-15", UnitType.DISTRICT_HEALTH_CENTRE), DIRECTORY, " Nộp sớm hơn ", "pgd", NOW);

		assertThat(plan.version()).isEqualTo(2);
		assertThat(plan.pendingEvents()).hasSize(2);
		assertThat(plan.pendingEvents().get(1).payload()).isInstanceOfSatisfying(PlanAmended.class, (amended) -> {
			assertThat(amended.version()).isEqualTo(2);
			assertThat(amended.changed()).containsExactly("requirements");
			assertThat(amended.reason()).isEqualTo("Nộp sớm hơn");
			assertThat(amended.requirements().get(0).reporterUnitIds()).hasSize(2);
		});
		assertThat(plan.history()).extracting(HistoryEntry::change)
			.containsExactly(PlanChange.CREATED, PlanChange.ISSUED, PlanChange.AMENDED);
	}

	@Test
	void anAmendmentThatChangesNothingIsRefused() {
		Plan plan = issued();

		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> plan
			.amend(content("2024-06-20", UnitType.DISTRICT_HEALTH_CENTRE), DIRECTORY, "Không đổi", "pgd", NOW));
		assertThat(plan.version()).isEqualTo(1);
	}

	@Test
	void onlyAnIssuedPlanIsAmendedOrRevoked() {
		Plan draft = Plan.draft("p1", content("2024-06-20", UnitType.DISTRICT_HEALTH_CENTRE), "nvy", NOW);

		assertThatExceptionOfType(ConflictException.class).isThrownBy(() -> draft
			.amend(content("2024-06-15", UnitType.DISTRICT_HEALTH_CENTRE), DIRECTORY, "Sửa", "pgd", NOW));
		assertThatExceptionOfType(ConflictException.class).isThrownBy(() -> draft.revoke("Sai", "pgd", NOW));
		assertThat(draft.pendingEvents()).isEmpty();
	}

	@Test
	void revokingAnnouncesItOnceAndEndsThePlan() {
		Plan plan = issued();

		plan.revoke("Thay thế bằng kế hoạch khác", "pgd", NOW);

		assertThat(plan.status()).isEqualTo(PlanStatus.REVOKED);
		assertThat(plan.pendingEvents().get(1).payload()).isEqualTo(new PlanRevoked("p1", "91/KH-SYT",
				"Truyền thông y tế năm 2024", 2024, 1, "Thay thế bằng kế hoạch khác", NOW));
		assertThatExceptionOfType(ConflictException.class).isThrownBy(() -> plan.revoke("Lần nữa", "pgd", NOW));
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> issued().revoke(" ", "pgd", NOW));
	}

	@Test
	void aClosedPlanIsAmendedAndRevokedNoMoreAndClosingIsAnnounced() {
		Plan plan = issued();

		plan.close(null, "pgd", NOW);

		assertThat(plan.status()).isEqualTo(PlanStatus.CLOSED);
		assertThat(plan.closedAt()).isEqualTo(NOW);
		assertThat(plan.pendingEvents()).extracting(OutboxEvent::payload)
			.last()
			.isEqualTo(new PlanClosed("p1", "91/KH-SYT", 1, NOW));
		assertThatExceptionOfType(ConflictException.class).isThrownBy(() -> plan
			.amend(content("2024-06-15", UnitType.DISTRICT_HEALTH_CENTRE), DIRECTORY, "Sửa", "pgd", NOW));
		assertThatExceptionOfType(ConflictException.class).isThrownBy(() -> plan.revoke("Sai", "pgd", NOW));
		assertThatExceptionOfType(ConflictException.class).isThrownBy(() -> plan.close(null, "pgd", NOW));
		assertThatExceptionOfType(ConflictException.class).isThrownBy(() -> Plan
			.draft("p2", content("2024-06-20", UnitType.DISTRICT_HEALTH_CENTRE), "nvy", NOW)
			.close("Xong", "pgd", NOW));
		assertThat(plan.history()).extracting(HistoryEntry::change)
			.containsExactly(PlanChange.CREATED, PlanChange.ISSUED, PlanChange.CLOSED);
	}

	@Test
	void everyVersionKeepsTheContentItHadInForce() {
		Plan plan = issued();
		plan.amend(content("2024-06-15", UnitType.DISTRICT_HEALTH_CENTRE), DIRECTORY, "Nộp sớm hơn", "pgd", NOW);
		plan.amend(content("2024-06-10", UnitType.DISTRICT_HEALTH_CENTRE), DIRECTORY, "Nộp sớm hơn nữa", "pgd", NOW);

		assertThat(plan.contentOfVersion(1).orElseThrow().requirements().get(0).dueDate()).hasToString("2024-06-20");
		assertThat(plan.contentOfVersion(1).orElseThrow().requirements().get(0).resolvedReporterUnitIds()).hasSize(2);
		assertThat(plan.contentOfVersion(2).orElseThrow().requirements().get(0).dueDate()).hasToString("2024-06-15");
		assertThat(plan.contentOfVersion(3)).containsSame(plan.content());
		assertThat(plan.contentOfVersion(4)).isEmpty();
		assertThat(plan.contentOfVersion(0)).isEmpty();
	}

	@Test
	void oddButAllowedThingsAreKeptAsWarningsAndFollowTheContent() {
		PlanDraft draft = draft("2024-06-20", UnitType.DISTRICT_HEALTH_CENTRE);
		PlanDraft.Requirement report = draft.requirements().get(0);
		PlanDraft odd = new PlanDraft("/KH-SYT", draft.title(), 2024,
				List.of(new PlanDraft.Requirement("Báo cáo sơ kết 6 tháng đầu năm 2023", LocalDate.parse("2025-01-10"),
						report.dueRule(), null, "cdc", "r1", null, report.reporterUnitTypes(), null)),
				null, null, null, null, null, null, null, null, draft.assignments(), null, null, null,
				List.of(new Contact("Đ/c Tuấn", "Phòng Nghiệp vụ Y", null, null)));

		Plan plan = Plan.draft("p1", PlanContent.of(odd), "nvy", NOW);

		assertThat(plan.warnings()).extracting("field")
			.containsExactly("number", "issuerUnitId", "signer", "requirements[0].indicators", "requirements[0].dueDate",
					"requirements[0].title", "contacts[0]");
		plan.edit(content("2024-06-20", UnitType.DISTRICT_HEALTH_CENTRE), "nvy", NOW);
		assertThat(plan.warnings()).extracting("field").containsExactly("signer", "requirements[0].indicators");
		plan.issue(DIRECTORY, "pgd", NOW);
		assertThat(plan.status()).isEqualTo(PlanStatus.ISSUED);
	}

	private static Plan issued() {
		Plan plan = Plan.draft("p1", content("2024-06-20", UnitType.DISTRICT_HEALTH_CENTRE), "nvy", NOW);
		plan.issue(DIRECTORY, "pgd", NOW);
		return plan;
	}

	private static PlanContent content(String dueDate, UnitType reporters) {
		return PlanContent.of(draft(dueDate, reporters));
	}

	/** {@code d} with its own alert ladder and, if given, {@code requirement} as its only report. */
	private static PlanDraft withLadder(PlanDraft d, AlertLadder ladder, PlanDraft.Requirement requirement) {
		return new PlanDraft(d.number(), d.title(), d.year(),
				(requirement != null) ? List.of(requirement) : d.requirements(), d.issuerUnitId(), d.place(), d.date(),
				d.kind(), d.period(), d.legalBases(), d.sections(), d.budget(), d.assignments(), d.themes(),
				d.recipients(), d.signer(), d.contacts(), ladder);
	}

	private static PlanDraft draft(String dueDate, UnitType reporters) {
		return new PlanDraft("91/KH-SYT", "Truyền thông y tế năm 2024", 2024,
				List.of(new PlanDraft.Requirement("Báo cáo 6 tháng đầu năm", LocalDate.parse(dueDate), DueRule.BEFORE_DAY,
						null, "cdc", "6-thang", "6 tháng", List.of(reporters), null)),
				"syt", "Bắc Giang", new DocumentDate(null, null, 2024), PlanKind.YEARLY, null, null, null, null,
				List.of(new PlanDraft.Assignment("Trung tâm Kiểm soát bệnh tật tỉnh", List.of("cdc"), null,
						"Định kỳ tổng hợp báo cáo", null)),
				List.of(new Theme("Ngày Thế giới phòng, chống lao", "24/3")), null, null, null);
	}

}
