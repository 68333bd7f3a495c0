package vn.health.notification.alert;

import org.springframework.stereotype.Component;

import vn.health.contracts.reporting.ReportDueSoon;
import vn.health.contracts.reporting.ReportEscalated;
import vn.health.contracts.reporting.ReportOverdue;
import vn.health.contracts.reporting.ReportReturned;
import vn.health.notification.NotificationProperties;
import vn.health.notification.delivery.SourceEvent;
import vn.health.notification.digest.DigestKind;
import vn.health.notification.directory.Unit;
import vn.health.notification.directory.UnitReplica;
import vn.health.notification.notify.Notifications;
import vn.health.notification.schedule.QuietHoursProperties;

/**
 * Cảnh báo và nhắc hạn báo cáo — tells the reporting unit itself, on the channels it has on, that its report
 * is overdue, falls due soon or was returned for correction, and tells the supervising unit (and the late unit) when
 * a report is escalated. A reminder and a return are never urgent; the overdue alert and the escalation are as
 * configured (the escalation urgent by default: it goes out at night, on weekends and holidays too).
 */
@Component
class ReportAlerts {

	private final UnitReplica units;

	private final Notifications notifications;

	private final boolean overdueUrgent;

	private final boolean escalationUrgent;

	private final ConsoleLinks links;

	ReportAlerts(UnitReplica units, Notifications notifications, QuietHoursProperties quietHours,
			NotificationProperties settings) {
		this.units = units;
		this.notifications = notifications;
		this.overdueUrgent = quietHours.overdueAlertUrgent();
		this.escalationUrgent = quietHours.escalationUrgent();
		this.links = new ConsoleLinks(settings.consoleBaseUrl());
	}

	void overdue(SourceEvent source, ReportOverdue overdue) {
		Unit unit = this.units.require(overdue.unitId());
		this.notifications.onChosenChannels(source, unit, OverdueAlert.of(overdue, unit.name(), this.links).toNotice(),
				this.overdueUrgent);
	}

	void dueSoon(SourceEvent source, ReportDueSoon dueSoon) {
		Unit unit = this.units.require(dueSoon.unitId());
		this.notifications.smallNotice(source, unit, DueSoonReminder.of(dueSoon, unit.name(), this.links).toNotice(),
				DigestKind.REMINDER);
	}

	void escalated(SourceEvent source, ReportEscalated escalated) {
		Unit supervisor = this.units.require(escalated.supervisorUnitId());
		Unit late = this.units.require(escalated.unitId());
		this.notifications.onChosenChannels(source, supervisor,
				EscalationAlert.toSupervisor(escalated, supervisor.name(), late.name(), this.links), this.escalationUrgent);
		this.notifications.onChosenChannels(source, late,
				EscalationAlert.toLateUnit(escalated, late.name(), supervisor.name(), this.links), this.escalationUrgent);
	}

	/** Not urgent: the unit corrects it in working hours. */
	void returned(SourceEvent source, ReportReturned returned) {
		Unit unit = this.units.require(returned.unitId());
		Unit returnedBy = this.units.require(returned.recipientUnitId());
		this.notifications.onChosenChannels(source, unit,
				ReturnedReport.of(returned, unit.name(), returnedBy.name(), this.links), false);
	}

}
