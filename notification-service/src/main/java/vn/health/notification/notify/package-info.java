/** Gửi thông báo tới đơn vị — hands a notice to a unit's inbox and chosen channels, once per event. */
package vn.health.notification.notify;
