/** Bản tin tổng hợp — small notices of a day gathered into one message per unit, for units that chose a digest. */
package vn.health.notification.digest;
