/** Tổng hợp báo cáo: a requirement's accepted reports summed per indicator, up the reporting chain, as JSON or .xlsx. */
package vn.health.reporting.consolidation;
