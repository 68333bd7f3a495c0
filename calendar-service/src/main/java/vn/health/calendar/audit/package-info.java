/** Nhật ký thao tác — who changed themes, holiday decisions and feed tokens, for the Sở's administrators. */
package vn.health.calendar.audit;
