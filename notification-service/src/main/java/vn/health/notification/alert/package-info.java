/** Cảnh báo — alerts and reminders about reporting obligations, sent to the reporting unit itself. */
package vn.health.notification.alert;
