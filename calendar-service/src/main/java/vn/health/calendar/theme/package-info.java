/** Theme days (ngày chủ đề): the national catalogue in the service's own store, and their dates per year or range. */
package vn.health.calendar.theme;
