package vn.health.calendar.holiday;

import java.time.LocalDate;
import java.time.temporal.JulianFields;

/**
 * Âm lịch Việt Nam — the Vietnamese lunisolar calendar, by Hồ Ngọc Đức's algorithm: months start on the day
 * of the astronomical new moon in UTC+7, month 11 holds the winter solstice, and a 13-month year repeats the
 * first month without a major solar term. UTC+7 is why Tết sometimes differs from the Chinese New Year (UTC+8),
 * as on 17/02/2007 and 02/02/2030.
 */
public final class LunarCalendar {

	private static final double TIME_ZONE = 7.0;

	private static final double SYNODIC_MONTH = 29.530588853;

	private static final double NEW_MOON_EPOCH = 2415021.076998695;

	/** The first day of the lunar year: mùng 1 Tết. */
	public LocalDate newYear(int lunarYear) {
		return toSolar(lunarYear, 1, 1);
	}

	/** The solar date of a day in a regular (not leap) lunar month. */
	public LocalDate toSolar(int lunarYear, int lunarMonth, int lunarDay) {
		long a11 = lunarMonth < 11 ? month11(lunarYear - 1) : month11(lunarYear);
		long b11 = lunarMonth < 11 ? month11(lunarYear) : month11(lunarYear + 1);
		long k = (long) Math.floor(0.5 + (a11 - NEW_MOON_EPOCH) / SYNODIC_MONTH);
		int offset = Math.floorMod(lunarMonth - 11, 12);
		if (b11 - a11 > 365 && offset >= leapMonthOffset(a11)) {
			offset++;
		}
		long monthStart = newMoonDay(k + offset);
		return LocalDate.EPOCH.with(JulianFields.JULIAN_DAY, monthStart + lunarDay - 1);
	}

	/** Day number of the new moon that starts month 11 (the month holding the winter solstice) of a year. */
	private static long month11(int year) {
		long off = LocalDate.of(year, 12, 31).getLong(JulianFields.JULIAN_DAY) - 2415021;
		long k = (long) Math.floor(off / SYNODIC_MONTH);
		long newMoon = newMoonDay(k);
		return (sunLongitudeSector(newMoon) >= 9) ? newMoonDay(k - 1) : newMoon;
	}

	/** Months after month 11 until the first one without a major solar term: that month is the leap month. */
	private static int leapMonthOffset(long a11) {
		long k = (long) Math.floor((a11 - NEW_MOON_EPOCH) / SYNODIC_MONTH + 0.5);
		int i = 1;
		int arc = sunLongitudeSector(newMoonDay(k + i));
		int last;
		do {
			last = arc;
			i++;
			arc = sunLongitudeSector(newMoonDay(k + i));
		}
		while (arc != last && i < 14);
		return i - 1;
	}

	/** Local day number (Julian day) of the k-th new moon after 1900-01-01 (Meeus, "Astronomical Algorithms"). */
	private static long newMoonDay(long k) {
		double t = k / 1236.85;
		double t2 = t * t;
		double t3 = t2 * t;
		double dr = Math.PI / 180;
		double jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3
				+ 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * dr);
		double m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3;
		double mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3;
		double f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3;
		double c1 = (0.1734 - 0.000393 * t) * Math.sin(m * dr) + 0.0021 * Math.sin(2 * dr * m)
				- 0.4068 * Math.sin(mpr * dr) + 0.0161 * Math.sin(dr * 2 * mpr) - 0.0004 * Math.sin(dr * 3 * mpr)
				+ 0.0104 * Math.sin(dr * 2 * f) - 0.0051 * Math.sin(dr * (m + mpr))
				- 0.0074 * Math.sin(dr * (m - mpr)) + 0.0004 * Math.sin(dr * (2 * f + m))
				- 0.0004 * Math.sin(dr * (2 * f - m)) - 0.0006 * Math.sin(dr * (2 * f + mpr))
				+ 0.0010 * Math.sin(dr * (2 * f - mpr)) + 0.0005 * Math.sin(dr * (2 * mpr + m));
		double deltaT = (t < -11) ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
				: -0.000278 + 0.000265 * t + 0.000262 * t2;
		return (long) Math.floor(jd1 + c1 - deltaT + 0.5 + TIME_ZONE / 24);
	}

	/** Which 30° sector of the ecliptic the sun is in at the start of a local day (0 = from the March equinox). */
	private static int sunLongitudeSector(long dayNumber) {
		double t = (dayNumber - 0.5 - TIME_ZONE / 24 - 2451545.0) / 36525;
		double t2 = t * t;
		double dr = Math.PI / 180;
		double m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
		double l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
		double dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * Math.sin(dr * m)
				+ (0.019993 - 0.000101 * t) * Math.sin(dr * 2 * m) + 0.000290 * Math.sin(dr * 3 * m);
		double longitude = ((l0 + dl) % 360 + 360) % 360;
		return (int) Math.floor(longitude / 30);
	}

}
