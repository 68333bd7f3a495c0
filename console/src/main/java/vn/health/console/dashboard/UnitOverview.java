package vn.health.console.dashboard;

import java.util.List;

import vn.health.console.api.Notification;
import vn.health.console.api.Obligation;

/**
 * A unit's overview; each part carries its own note when its service refused or did not answer.
 *
 * @param next what it owes next, by deadline
 * @param overdue what is past its deadline
 * @param returned what its recipient sent back to correct
 * @param unread unread notifications, newest first
 */
public record UnitOverview(Part<List<Obligation>> next, Part<List<Obligation>> overdue,
		Part<List<Obligation>> returned, Part<List<Notification>> unread) {

}
