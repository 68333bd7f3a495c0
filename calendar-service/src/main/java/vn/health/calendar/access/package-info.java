/** Who may read and change what in the calendar, from the caller's validated token and the directory replica. */
package vn.health.calendar.access;
