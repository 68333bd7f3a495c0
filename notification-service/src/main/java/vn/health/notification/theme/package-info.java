/** Ngày chủ đề — notices that a theme day, week, month or campaign is coming up. */
package vn.health.notification.theme;
