/** Upcoming themes (sắp đến ngày chủ đề): {@code ThemeUpcoming} on {@code calendar.v1} a set number of days before each occurrence. */
package vn.health.calendar.upcoming;
