/** Public holidays (ngày nghỉ lễ, tết) under the Labour Code, the government's yearly decisions, and working days. */
package vn.health.calendar.holiday;
