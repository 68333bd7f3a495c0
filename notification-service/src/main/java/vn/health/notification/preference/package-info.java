/** Tùy chọn nhận thông báo — which channels each unit wants, and its addresses for them. */
package vn.health.notification.preference;
