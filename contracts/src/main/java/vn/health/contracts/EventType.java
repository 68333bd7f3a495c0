package vn.health.contracts;

import java.util.Arrays;
import java.util.Optional;

import vn.health.contracts.calendar.HolidaysPublished;
import vn.health.contracts.calendar.ThemeUpcoming;
import vn.health.contracts.directory.UnitUpserted;
import vn.health.contracts.directory.UnitsMerged;
import vn.health.contracts.notification.NotificationDelivered;
import vn.health.contracts.notification.NotificationFailed;
import vn.health.contracts.plan.PlanAmended;
import vn.health.contracts.plan.PlanClosed;
import vn.health.contracts.plan.PlanIssued;
import vn.health.contracts.plan.PlanRevoked;
import vn.health.contracts.reporting.ObligationCancelled;
import vn.health.contracts.reporting.ObligationCreated;
import vn.health.contracts.reporting.ObligationReassigned;
import vn.health.contracts.reporting.ObligationRescheduled;
import vn.health.contracts.reporting.ReportAccepted;
import vn.health.contracts.reporting.ReportDueSoon;
import vn.health.contracts.reporting.ReportEscalated;
import vn.health.contracts.reporting.ReportOverdue;
import vn.health.contracts.reporting.ReportReturned;
import vn.health.contracts.reporting.ReportSubmitted;

/** Every published event: its CloudEvents type name, its topic and its payload record. */
public enum EventType {

	PLAN_ISSUED("vn.health.plan.issued", Topics.PLANS, PlanIssued.class),

	PLAN_AMENDED("vn.health.plan.amended", Topics.PLANS, PlanAmended.class),

	PLAN_REVOKED("vn.health.plan.revoked", Topics.PLANS, PlanRevoked.class),

	PLAN_CLOSED("vn.health.plan.closed", Topics.PLANS, PlanClosed.class),

	UNIT_UPSERTED("vn.health.directory.unit.upserted", Topics.DIRECTORY_UNITS, UnitUpserted.class),

	UNITS_MERGED("vn.health.directory.units.merged", Topics.DIRECTORY_UNITS, UnitsMerged.class),

	OBLIGATION_CREATED("vn.health.obligation.created", Topics.REPORTING, ObligationCreated.class),

	OBLIGATION_RESCHEDULED("vn.health.obligation.rescheduled", Topics.REPORTING, ObligationRescheduled.class),

	OBLIGATION_REASSIGNED("vn.health.obligation.reassigned", Topics.REPORTING, ObligationReassigned.class),

	OBLIGATION_CANCELLED("vn.health.obligation.cancelled", Topics.REPORTING, ObligationCancelled.class),

	REPORT_DUE_SOON("vn.health.report.due-soon", Topics.REPORTING, ReportDueSoon.class),

	REPORT_OVERDUE("vn.health.report.overdue", Topics.REPORTING, ReportOverdue.class),

	REPORT_ESCALATED("vn.health.report.escalated", Topics.REPORTING, ReportEscalated.class),

	REPORT_SUBMITTED("vn.health.report.submitted", Topics.REPORTING, ReportSubmitted.class),

	REPORT_ACCEPTED("vn.health.report.accepted", Topics.REPORTING, ReportAccepted.class),

	REPORT_RETURNED("vn.health.report.returned", Topics.REPORTING, ReportReturned.class),

	THEME_UPCOMING("vn.health.calendar.theme-upcoming", Topics.CALENDAR, ThemeUpcoming.class),

	HOLIDAYS_PUBLISHED("vn.health.calendar.holidays-published", Topics.CALENDAR, HolidaysPublished.class),

	NOTIFICATION_DELIVERED("vn.health.notification.delivered", Topics.NOTIFICATIONS, NotificationDelivered.class),

	NOTIFICATION_FAILED("vn.health.notification.failed", Topics.NOTIFICATIONS, NotificationFailed.class);

	private final String typeName;

	private final String topic;

	private final Class<? extends IntegrationEvent> payloadType;

	EventType(String typeName, String topic, Class<? extends IntegrationEvent> payloadType) {
		this.typeName = typeName;
		this.topic = topic;
		this.payloadType = payloadType;
	}

	public String typeName() {
		return this.typeName;
	}

	public String topic() {
		return this.topic;
	}

	public Class<? extends IntegrationEvent> payloadType() {
		return this.payloadType;
	}

	public static Optional<EventType> named(String typeName) {
		return Arrays.stream(values()).filter((type) -> type.typeName.equals(typeName)).findFirst();
	}

	public static EventType of(IntegrationEvent event) {
		return Arrays.stream(values())
			.filter((type) -> type.payloadType.equals(event.getClass()))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Not a published event: " + event.getClass()));
	}

}
