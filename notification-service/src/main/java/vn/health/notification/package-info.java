/** Notification service: a replica of the unit directory, overdue alerts, the in-app inbox and the delivery log. */
package vn.health.notification;
