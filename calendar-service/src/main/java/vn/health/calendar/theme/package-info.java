/** Theme days (ngày chủ đề): the national catalogue, loaded into the service's own store and served per year. */
package vn.health.calendar.theme;
