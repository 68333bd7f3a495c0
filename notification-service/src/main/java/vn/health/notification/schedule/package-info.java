/** Lịch gửi — when notices may go out: quiet hours at night and on weekends. */
package vn.health.notification.schedule;
