/** calendar-service: theme days (ngày chủ đề) and their dates per year, public holidays and working days, iCalendar feeds. */
package vn.health.calendar;
