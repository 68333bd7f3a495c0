/** iCalendar feeds (lịch đăng ký) per unit, behind a secret token a unit can rotate. */
package vn.health.calendar.feed;
