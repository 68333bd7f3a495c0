package vn.health.notification.alert;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.health.contracts.reporting.ReportOverdue;
import vn.health.notification.delivery.Channel;
import vn.health.notification.delivery.Deliveries;
import vn.health.notification.delivery.Delivery;
import vn.health.notification.delivery.DeliveryLog;
import vn.health.notification.delivery.DeliveryStatus;
import vn.health.notification.directory.Unit;
import vn.health.notification.directory.UnitReplica;
import vn.health.notification.inbox.Inbox;
import vn.health.notification.inbox.InboxEntry;
import vn.health.notification.preference.Preferences;
import vn.health.notification.preference.PreferencesRepository;
import vn.health.notification.schedule.QuietHoursProperties;
import vn.health.servicekit.messaging.Idempotency;

/**
 * Gửi cảnh báo quá hạn — tells the overdue unit itself on the channels it has on (default: inbox and
 * e-mail), once per event and channel although events arrive at least once. The inbox is filled at once;
 * outbound channels wait out quiet hours unless the alert is configured urgent, and a provider failure is
 * recorded for re-delivery instead of failing the event. (Escalation to the supervising unit comes later.)
 */
@Component
public class OverdueAlerts {

	private static final List<Channel> OUTBOUND = List.of(Channel.EMAIL, Channel.SMS, Channel.ZALO);

	private final UnitReplica units;

	private final PreferencesRepository preferences;

	private final Inbox inbox;

	private final Deliveries deliveries;

	private final DeliveryLog log;

	private final Idempotency idempotency;

	private final boolean urgent;

	private final Clock clock;

	OverdueAlerts(UnitReplica units, PreferencesRepository preferences, Inbox inbox, Deliveries deliveries,
			DeliveryLog log, Idempotency idempotency, QuietHoursProperties quietHours, Clock clock) {
		this.units = units;
		this.preferences = preferences;
		this.inbox = inbox;
		this.deliveries = deliveries;
		this.log = log;
		this.idempotency = idempotency;
		this.urgent = quietHours.overdueAlertUrgent();
		this.clock = clock;
	}

	public void alert(String eventId, ReportOverdue overdue) {
		Unit unit = this.units.findById(overdue.unitId()).orElseThrow(() -> new UnknownRecipientException(overdue.unitId()));
		Preferences chosen = this.preferences.forUnit(unit.id());
		OverdueAlert alert = OverdueAlert.of(overdue, unit.name());
		if (chosen.isOn(Channel.INBOX)) {
			this.idempotency.runOnce(Delivery.key(eventId, unit.id(), Channel.INBOX), () -> {
				this.inbox.deliver(InboxEntry.of(eventId, unit.id(), alert.subject(), alert.text(), this.clock.instant()));
				this.log.save(Delivery.of(eventId, unit.id(), Channel.INBOX, null, DeliveryStatus.SENT, this.clock.instant()));
			});
		}
		OUTBOUND.stream()
			.filter(chosen::isOn)
			.forEach((channel) -> this.deliveries.deliver(eventId, unit.id(), channel,
					chosen.addressFor(channel, unit), alert.toNotice(), this.urgent));
	}

}
