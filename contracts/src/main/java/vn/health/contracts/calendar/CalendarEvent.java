package vn.health.contracts.calendar;

import vn.health.contracts.IntegrationEvent;

/** Events of calendar-service about the calendar (lịch), published on {@code calendar.v1}. */
public sealed interface CalendarEvent extends IntegrationEvent permits ThemeUpcoming, HolidaysPublished {

}
