/** Người đăng ký — persons of a unit who want notices themselves, besides the unit's own contacts. */
package vn.health.notification.subscriber;
