/** Nộp báo cáo: a reporter unit submits, and resubmits after a return. */
package vn.health.reporting.submission;
