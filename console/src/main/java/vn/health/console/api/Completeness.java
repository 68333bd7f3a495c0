package vn.health.console.api;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * Tỷ lệ báo cáo (reporting-service): of a whole plan, or of one of its requirements; overall, per period and per
 * district.
 *
 * @param byDistrict per district health centre id, {@code PROVINCE} for the units above the districts and
 * {@code UNKNOWN} for units reporting-service's directory does not know
 */
public record Completeness(String planId, int expected, int submitted, int submittedOnTime,
		int submittedLate, int missing, BigDecimal completenessPercent, BigDecimal timelinessPercent,
		List<String> missingUnitIds, Map<String, Rates> byPeriod, Map<String, DistrictRates> byDistrict) {

	/** The key of the units above the districts (the Sở, the CDC, provincial hospitals) in {@link #byDistrict}. */
	public static final String PROVINCE = "PROVINCE";

	/** The key of the units reporting-service's directory does not know in {@link #byDistrict}. */
	public static final String UNKNOWN = "UNKNOWN";

	public Completeness {
		missingUnitIds = (missingUnitIds != null) ? missingUnitIds : List.of();
		byPeriod = (byPeriod != null) ? byPeriod : Map.of();
		byDistrict = (byDistrict != null) ? byDistrict : Map.of();
	}

	/** The overall figures as one slice. */
	public Rates overall() {
		return new Rates(this.expected, this.submitted, this.submittedOnTime, this.submittedLate, this.missing,
				this.completenessPercent, this.timelinessPercent, this.missingUnitIds);
	}

	/**
	 * The rates of one district's units, the district centre named; its id and name are null for the province level
	 * and for unknown units.
	 */
	public record DistrictRates(String unitId, String name, int expected, int submitted, int submittedOnTime,
			int submittedLate, int missing, BigDecimal completenessPercent, BigDecimal timelinessPercent,
			List<String> missingUnitIds) {

		public Rates rates() {
			return new Rates(this.expected, this.submitted, this.submittedOnTime, this.submittedLate, this.missing,
					this.completenessPercent, this.timelinessPercent, this.missingUnitIds);
		}

	}

	/** The rates of one slice; the percentages are null when nothing is expected. */
	public record Rates(int expected, int submitted, int submittedOnTime, int submittedLate, int missing,
			BigDecimal completenessPercent, BigDecimal timelinessPercent, List<String> missingUnitIds) {

		public Rates {
			missingUnitIds = (missingUnitIds != null) ? missingUnitIds : List.of();
		}

		/**
		 * The slices taken together, the percentages rounded as reporting-service rounds them (one decimal, half
		 * up), so a total over several requirements reads like a total the service gave.
		 */
		public static Rates sum(List<Rates> slices) {
			int expected = slices.stream().mapToInt(Rates::expected).sum();
			int submitted = slices.stream().mapToInt(Rates::submitted).sum();
			int onTime = slices.stream().mapToInt(Rates::submittedOnTime).sum();
			return new Rates(expected, submitted, onTime, slices.stream().mapToInt(Rates::submittedLate).sum(),
					slices.stream().mapToInt(Rates::missing).sum(), percent(submitted, expected),
					percent(onTime, expected),
					slices.stream().flatMap((s) -> s.missingUnitIds().stream()).distinct().sorted().toList());
		}

		private static BigDecimal percent(int part, int whole) {
			if (whole == 0) {
				return null;
			}
			return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
		}

	}

}
