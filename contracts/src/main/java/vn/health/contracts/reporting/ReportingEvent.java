package vn.health.contracts.reporting;

import vn.health.contracts.IntegrationEvent;

/** Events of reporting-service about reporting obligations, on {@code reporting.v1}, keyed by obligation id. */
public sealed interface ReportingEvent extends IntegrationEvent
		permits ObligationCreated, ObligationRescheduled, ObligationReassigned, ObligationCancelled, ReportDueSoon,
		ReportOverdue, ReportEscalated, ReportSubmitted, ReportAccepted, ReportReturned {

}
