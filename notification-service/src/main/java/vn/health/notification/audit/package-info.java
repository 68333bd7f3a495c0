/** Nhật ký thay đổi — who changed which preferences, subscriptions and webhooks, for the Sở's administrators. */
package vn.health.notification.audit;
