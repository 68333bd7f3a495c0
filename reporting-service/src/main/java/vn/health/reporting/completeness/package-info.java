/** Tỷ lệ báo cáo: completeness and timeliness of a plan's reports, DHIS2-style. */
package vn.health.reporting.completeness;
