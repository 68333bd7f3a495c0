package vn.health.notification.alert;

import org.springframework.stereotype.Component;

import vn.health.contracts.reporting.ReportDueSoon;
import vn.health.contracts.reporting.ReportEscalated;
import vn.health.contracts.reporting.ReportOverdue;
import vn.health.notification.directory.Unit;
import vn.health.notification.directory.UnitReplica;
import vn.health.notification.notify.Notifications;
import vn.health.notification.schedule.QuietHoursProperties;

/**
 * Cảnh báo và nhắc hạn báo cáo — tells the reporting unit itself, on the channels it has on, that its report
 * is overdue or falls due soon, and tells the supervising unit (and the late unit) when a report is escalated. A
 * reminder is never urgent; the overdue alert and the escalation are as configured (the escalation urgent by
 * default: it goes out at night, on weekends and holidays too).
 */
@Component
class ReportAlerts {

	private final UnitReplica units;

	private final Notifications notifications;

	private final boolean overdueUrgent;

	private final boolean escalationUrgent;

	ReportAlerts(UnitReplica units, Notifications notifications, QuietHoursProperties quietHours) {
		this.units = units;
		this.notifications = notifications;
		this.overdueUrgent = quietHours.overdueAlertUrgent();
		this.escalationUrgent = quietHours.escalationUrgent();
	}

	void overdue(String eventId, ReportOverdue overdue) {
		Unit unit = this.units.require(overdue.unitId());
		this.notifications.onChosenChannels(eventId, unit, OverdueAlert.of(overdue, unit.name()).toNotice(),
				this.overdueUrgent);
	}

	void dueSoon(String eventId, ReportDueSoon dueSoon) {
		Unit unit = this.units.require(dueSoon.unitId());
		this.notifications.onChosenChannels(eventId, unit, DueSoonReminder.of(dueSoon, unit.name()).toNotice(), false);
	}

	void escalated(String eventId, ReportEscalated escalated) {
		Unit supervisor = this.units.require(escalated.supervisorUnitId());
		Unit late = this.units.require(escalated.unitId());
		this.notifications.onChosenChannels(eventId, supervisor,
				EscalationAlert.toSupervisor(escalated, supervisor.name(), late.name()), this.escalationUrgent);
		this.notifications.onChosenChannels(eventId, late,
				EscalationAlert.toLateUnit(escalated, late.name(), supervisor.name()), this.escalationUrgent);
	}

}
