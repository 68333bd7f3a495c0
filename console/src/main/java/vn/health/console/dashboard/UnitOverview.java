package vn.health.console.dashboard;

import java.util.List;

import vn.health.console.api.Notification;
import vn.health.console.api.Obligation;

/**
 * A unit's overview.
 *
 * @param next what it owes next, by deadline
 * @param overdue what is past its deadline
 * @param returned what its recipient sent back to correct
 * @param unread unread notifications, newest first
 */
public record UnitOverview(List<Obligation> next, List<Obligation> overdue, List<Obligation> returned,
		List<Notification> unread) {

}
