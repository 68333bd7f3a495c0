/** A unit's calendar (lịch của đơn vị): national themes merged with the themes and campaigns of the unit's plans. */
package vn.health.calendar.occurrence;
