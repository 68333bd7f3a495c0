/** Gửi thông báo — the channels that carry notifications out, and the log of what they delivered. */
package vn.health.notification.delivery;
