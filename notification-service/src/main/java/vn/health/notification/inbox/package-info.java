/** Hộp thư trong ứng dụng — each unit's in-app inbox and its HTTP API. */
package vn.health.notification.inbox;
