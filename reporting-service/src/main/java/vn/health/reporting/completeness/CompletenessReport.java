package vn.health.reporting.completeness;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import vn.health.reporting.directory.District;
import vn.health.reporting.obligation.ObligationStatus;

/**
 * Tỷ lệ báo cáo — the reporting rates ({@link Rates}) of a plan's reports, narrowed by requirement, period (as the
 * plan names it, e.g. {@code 6 tháng}), unit and unit type when asked, with the same rates broken down per
 * requirement, per period, per unit type and per district. The flat fields are those the endpoint always had.
 *
 * @param requirementIds the requirements the rates cover, sorted
 * @param byUnitType rates per reporter unit type ({@code UNKNOWN} for units the directory replica does not know)
 * @param byDistrict rates per district health centre id the reporters belong to ({@code PROVINCE} for units above
 * the districts, {@code UNKNOWN} for units the directory replica does not know)
 */
record CompletenessReport(String planId, String requirementId, String period, String unitId, String unitType,
		List<String> requirementIds, Map<ObligationStatus, Integer> byStatus, int expected, int submitted,
		int submittedOnTime, int submittedLate, int missing, BigDecimal completenessPercent,
		BigDecimal timelinessPercent, List<String> missingUnitIds, Map<String, Rates> byRequirement,
		Map<String, Rates> byPeriod, Map<String, Rates> byUnitType, Map<String, DistrictRates> byDistrict) {

	static final String PROVINCE = "PROVINCE";

	static final String UNKNOWN = "UNKNOWN";

	/** @param districts the district of each reporter the directory replica knows, empty above the districts */
	static CompletenessReport of(RateQuery query, List<RateRow> rows, Map<String, Optional<District>> districts) {
		Map<ObligationStatus, Integer> byStatus = new EnumMap<>(ObligationStatus.class);
		for (ObligationStatus status : ObligationStatus.values()) {
			byStatus.put(status, 0);
		}
		rows.forEach((row) -> byStatus.merge(row.status(), 1, Integer::sum));
		Rates all = Rates.of(rows);
		List<String> requirementIds = rows.stream().map(RateRow::requirementId).distinct().sorted().toList();
		return new CompletenessReport(query.planId(), query.requirementId(), query.period(), query.unitId(),
				query.unitType(), requirementIds, byStatus, all.expected(), all.submitted(), all.submittedOnTime(),
				all.submittedLate(), all.missing(), all.completenessPercent(), all.timelinessPercent(),
				all.missingUnitIds(), breakdown(rows, RateRow::requirementId), breakdown(rows, RateRow::period),
				breakdown(rows, (row) -> Objects.requireNonNullElse(row.unitType(), UNKNOWN)),
				byDistrict(rows, districts));
	}

	private static Map<String, DistrictRates> byDistrict(List<RateRow> rows,
			Map<String, Optional<District>> districts) {
		Map<String, District> named = new TreeMap<>();
		districts.values().forEach((district) -> district.ifPresent((it) -> named.put(it.unitId(), it)));
		Map<String, DistrictRates> byDistrict = new TreeMap<>();
		breakdown(rows, (row) -> {
			Optional<District> district = districts.get(row.unitId());
			return (district != null) ? district.map(District::unitId).orElse(PROVINCE) : UNKNOWN;
		}).forEach((key, rates) -> byDistrict.put(key, DistrictRates.of(named.get(key), rates)));
		return byDistrict;
	}

	private static Map<String, Rates> breakdown(List<RateRow> rows, Function<RateRow, String> key) {
		return rows.stream()
			.collect(Collectors.groupingBy((row) -> Objects.requireNonNullElse(key.apply(row), ""), TreeMap::new,
					Collectors.collectingAndThen(Collectors.toList(), Rates::of)));
	}

}
