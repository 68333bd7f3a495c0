/** Ngày làm việc: public holidays from calendar-service, with a built-in fallback, and working-day arithmetic. */
package vn.health.reporting.workingday;
