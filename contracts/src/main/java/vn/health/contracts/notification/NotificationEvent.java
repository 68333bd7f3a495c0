package vn.health.contracts.notification;

import vn.health.contracts.IntegrationEvent;

/**
 * Events of notification-service about delivery outcomes, on {@code notifications.v1}, keyed by notification id:
 * the audit trail of who was told what, through which channel.
 */
public sealed interface NotificationEvent extends IntegrationEvent permits NotificationDelivered, NotificationFailed {

}
