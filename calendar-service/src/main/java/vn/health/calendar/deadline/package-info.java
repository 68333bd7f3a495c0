/** Reporting deadlines (hạn gửi báo cáo) in unit calendars: a replica of reporting-service's obligations from {@code reporting.v1}. */
package vn.health.calendar.deadline;
