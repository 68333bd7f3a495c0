package vn.health.console.api;

import java.time.Instant;

/** One entry of a unit's in-app inbox (notification-service). */
public record Notification(String id, String unitId, String title, String body, Instant createdAt, boolean read) {

}
