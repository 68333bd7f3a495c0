package vn.health.calendar.plan;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.health.calendar.CalendarRange;
import vn.health.calendar.expression.OccurrenceKind;
import vn.health.calendar.theme.ThemeOccurrence;
import vn.health.calendar.theme.ThemeScope;
import vn.health.contracts.plan.Assignment;
import vn.health.contracts.plan.DueRule;
import vn.health.contracts.plan.PlanKind;
import vn.health.contracts.plan.PlanPeriod;
import vn.health.contracts.plan.ReportingRequirement;
import vn.health.contracts.plan.Theme;

import static org.assertj.core.api.Assertions.assertThat;

class PlanCalendarTests {

	private static final Theme TB_DAY = new Theme("Ngày Thế giới phòng, chống lao", "24/3");

	private static final Theme SAFETY_WEEK = new Theme("Tuần lễ An toàn vệ sinh lao động", "15 - 21/3");

	private static final CalendarRange MARCH_2024 = new CalendarRange(LocalDate.of(2024, 3, 1),
			LocalDate.of(2024, 3, 31));

	@Test
	void scopesThePlanToTheUnitsOfItsAssignmentsAndRequirements() {
		PlanCalendar plan = yearly(List.of(TB_DAY));

		assertThat(plan.unitIds()).containsExactly("cdc", "ttyt-tan-yen", "ttyt-yen-the");
	}

	@Test
	void keepsThemeIdsWhenAnAmendmentReordersThemes() {
		PlanCalendar first = yearly(List.of(TB_DAY, SAFETY_WEEK));
		PlanCalendar reordered = yearly(List.of(SAFETY_WEEK, TB_DAY));

		assertThat(reordered.themes()).extracting(PlanTheme::themeId)
			.containsExactly(first.themes().get(1).themeId(), first.themes().get(0).themeId());
		assertThat(first.themes().get(0).themeId()).startsWith("plan-p1-");
	}

	@Test
	void keepsAnUnreadableTimingFlaggedWithoutDates() {
		PlanCalendar plan = yearly(List.of(TB_DAY, new Theme("Ngày hội", "cuối tháng 3")));

		assertThat(plan.themes().get(1).readable()).isFalse();
		assertThat(plan.themes().get(1).problem()).contains("cuối tháng 3");
		assertThat(plan.occurrencesBetween(MARCH_2024)).extracting(ThemeOccurrence::name)
			.containsExactly("Ngày Thế giới phòng, chống lao");
	}

	@Test
	void givesPlanThemesOnlyWithinThePlansPeriod() {
		PlanCalendar plan = yearly(List.of(TB_DAY));

		List<ThemeOccurrence> twoYears = plan
			.occurrencesBetween(new CalendarRange(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31)));

		assertThat(twoYears).singleElement().satisfies((occurrence) -> {
			assertThat(occurrence.start()).isEqualTo(LocalDate.of(2024, 3, 24));
			assertThat(occurrence.scope()).isEqualTo(ThemeScope.PLAN);
			assertThat(occurrence.planId()).isEqualTo("p1");
		});
	}

	@Test
	void showsACampaignAsOnePeriodFromItsStartToItsEnd() {
		PlanCalendar campaign = PlanCalendar.of("p2", 1, "45/KH-SYT", "Cơ sở y tế xanh – sạch – đẹp", 2024,
				PlanKind.CAMPAIGN, new PlanPeriod(LocalDate.of(2024, 8, 15), LocalDate.of(2025, 1, 31)), List.of(),
				List.of(), List.of());

		assertThat(campaign.occurrencesBetween(new CalendarRange(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 2))))
			.singleElement()
			.satisfies((occurrence) -> {
				assertThat(occurrence.id()).isEqualTo("plan-p2-campaign-20240815-period");
				assertThat(occurrence.kind()).isEqualTo(OccurrenceKind.PERIOD);
				assertThat(occurrence.end()).isEqualTo(LocalDate.of(2025, 1, 31));
			});
	}

	@Test
	void isReplacedOnlyByANewerVersionAndNeverOnceRevoked() {
		PlanCalendar plan = yearly(List.of(TB_DAY));

		assertThat(plan.isReplacedBy(2)).isTrue();
		assertThat(plan.isReplacedBy(1)).isFalse();
		PlanCalendar revoked = plan.revoke(1);
		assertThat(revoked.isReplacedBy(5)).isFalse();
		assertThat(revoked.occurrencesBetween(MARCH_2024)).isEmpty();
	}

	private static PlanCalendar yearly(List<Theme> themes) {
		Assignment assignment = new Assignment("a1", "TTYT các huyện", "Truyền thông", List.of(),
				List.of("ttyt-yen-the", "ttyt-tan-yen"));
		ReportingRequirement requirement = new ReportingRequirement("r1", "Báo cáo năm", LocalDate.of(2024, 12, 15),
				DueRule.BEFORE_DAY, List.of("ttyt-yen-the", "cdc"), "syt", "Năm", List.of(), null, List.of());
		return PlanCalendar.of("p1", 1, "91/KH-SYT", "Kế hoạch 2024", 2024, PlanKind.YEARLY,
				new PlanPeriod(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)), themes, List.of(assignment),
				List.of(requirement));
	}

}
