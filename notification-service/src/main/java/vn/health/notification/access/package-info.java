/** Quyền truy cập — who may read or change which unit's notifications, from the caller's validated token. */
package vn.health.notification.access;
