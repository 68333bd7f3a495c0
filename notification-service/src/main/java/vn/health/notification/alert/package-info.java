/** Cảnh báo — alerts about reporting obligations: today the overdue alert to the late unit. */
package vn.health.notification.alert;
