/** Duyệt báo cáo: the recipient unit accepts a submitted report or returns it with a reason. */
package vn.health.reporting.review;
