package vn.health.notification.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * Ngày làm việc — Monday to Friday, except the official days off, plus the weekend days worked in exchange
 * (ngày làm bù), as calendar-service published them.
 */
public record WorkingDays(Set<LocalDate> daysOff, Set<LocalDate> workingWeekendDays) {

	public WorkingDays {
		daysOff = Set.copyOf(daysOff);
		workingWeekendDays = Set.copyOf(workingWeekendDays);
	}

	public boolean isWorkingDay(LocalDate day) {
		boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
		return weekend ? this.workingWeekendDays.contains(day) : !this.daysOff.contains(day);
	}

}
