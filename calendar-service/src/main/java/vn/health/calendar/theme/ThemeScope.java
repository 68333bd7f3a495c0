package vn.health.calendar.theme;

/** Phạm vi — where a theme day comes from. */
public enum ThemeScope {

	/** The national catalogue that every provincial plan follows. */
	NATIONAL,

	/** A theme or campaign period of an issued plan, for the units it assigned. */
	PLAN,

	/** A theme or campaign the province adds (Sở Y tế), for every unit of the province. */
	PROVINCE,

	/** A theme or campaign a unit adds for itself. */
	UNIT,

	/** A reporting deadline (hạn gửi báo cáo) of the unit, from reporting-service's obligations. */
	DEADLINE

}
