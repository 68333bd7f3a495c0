/** The unit directory (danh mục đơn vị) as far as calendars need it: a replica of plan-service's {@code directory.units.v1}. */
package vn.health.calendar.directory;
