package vn.health.calendar.holiday;

import java.time.LocalDate;

/** Ngày nghỉ lễ, tết — one day off for everyone, and why. */
public record PublicHoliday(LocalDate date, String name, Basis basis) {

	/** Căn cứ — where the day off comes from. */
	public enum Basis {

		/** Bộ luật Lao động 2019, điều 112, with the legal default where the government decides each year. */
		LABOUR_CODE,

		/** The government's decision for that year, as an operator entered it. */
		GOVERNMENT_DECISION

	}

}
