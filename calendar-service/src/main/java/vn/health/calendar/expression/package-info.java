/** Date expressions (thời điểm) as plans print them, read into the dates they mean in a given year. */
package vn.health.calendar.expression;
