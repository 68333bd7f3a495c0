package vn.health.benchmarks;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import vn.health.contracts.plan.DueRule;
import vn.health.contracts.plan.PlanIssued;
import vn.health.contracts.plan.PlanKind;
import vn.health.contracts.plan.PlanPeriod;
import vn.health.contracts.plan.ReportingRequirement;

/**
 * A plan as plan-service publishes it when issued to many units. Unit ids have the length of real ones
 * ({@code tyt-xa-dong-ky}), because the size of the snapshot is part of what is measured.
 */
final class BenchmarkPlan {

	/** Far enough ahead that no sweep finds these due. */
	static final LocalDate LATER = LocalDate.of(2099, 12, 31);

	/** Long past: an overdue sweep run now finds these due. */
	static final LocalDate PAST = LocalDate.of(2024, 6, 15);

	static final String DUE_REQUIREMENT = "r-due";

	static final String LATER_REQUIREMENT = "r-later";

	private BenchmarkPlan() {
	}

	static List<String> units(int count) {
		return IntStream.range(0, count).mapToObj("tyt-benchmark-%05d"::formatted).toList();
	}

	/** Every unit reports on each of {@code requirements} requirements, none of them due. */
	static PlanIssued fanOut(List<String> units, int requirements) {
		List<ReportingRequirement> list = new ArrayList<>();
		for (int i = 1; i <= requirements; i++) {
			list.add(requirement("r" + i, "Báo cáo đợt " + i, LATER, units));
		}
		return issued(list);
	}

	/** The first {@code due} units owe a report that is overdue now; the others one that is due in 2099. */
	static PlanIssued partlyDue(List<String> units, int due) {
		return issued(List.of(requirement(DUE_REQUIREMENT, "Báo cáo 6 tháng đầu năm", PAST, units.subList(0, due)),
				requirement(LATER_REQUIREMENT, "Báo cáo năm", LATER, units.subList(due, units.size()))));
	}

	private static ReportingRequirement requirement(String id, String title, LocalDate due, List<String> units) {
		return new ReportingRequirement(id, title, due, DueRule.BEFORE_DAY, units, "cdc", "6 tháng", List.of(), null,
				List.of());
	}

	private static PlanIssued issued(List<ReportingRequirement> requirements) {
		return new PlanIssued(UUID.randomUUID().toString(), "99/KH-SYT", "Kế hoạch đo hiệu năng", 2024,
				Instant.parse("2024-01-02T02:00:00Z"), requirements, 1, "syt", PlanKind.YEARLY,
				new PlanPeriod(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)), List.of(), List.of(), null);
	}

}
