package vn.health.calendar.holiday;

/** Loại điều chỉnh — what a government decision changes about one date. */
public enum AdjustmentKind {

	/** Ngày nghỉ thêm: a working day given off (a swapped day around Tết, a compensatory day off). */
	DAY_OFF,

	/** Ngày làm bù: a Saturday or Sunday worked to make up for a day given off. */
	WORKING_DAY,

	/** Ngày liền kề Quốc khánh: which day next to 2/9, 1/9 or 3/9, is the second National Day holiday. */
	NATIONAL_DAY_ADJACENT

}
