/** calendar-service: theme days (ngày chủ đề), and later their dates per year, campaigns and working days. */
package vn.health.calendar;
