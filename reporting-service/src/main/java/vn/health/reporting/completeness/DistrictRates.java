package vn.health.reporting.completeness;

import java.math.BigDecimal;
import java.util.List;

import vn.health.reporting.directory.District;

/**
 * Tỷ lệ theo huyện — the {@link Rates} of the reports of one district's units (the district health centre's own
 * included), with the district named so a reader need not look it up.
 *
 * @param unitId the district health centre; {@code null} for the province level and for units the replica does not
 * know
 * @param name the district health centre's name; {@code null} when {@code unitId} is
 */
record DistrictRates(String unitId, String name, int expected, int submitted, int submittedOnTime, int submittedLate,
		int missing, BigDecimal completenessPercent, BigDecimal timelinessPercent, List<String> missingUnitIds) {

	static DistrictRates of(District district, Rates rates) {
		return new DistrictRates((district != null) ? district.unitId() : null,
				(district != null) ? district.name() : null, rates.expected(), rates.submitted(),
				rates.submittedOnTime(), rates.submittedLate(), rates.missing(), rates.completenessPercent(),
				rates.timelinessPercent(), rates.missingUnitIds());
	}

}
