package vn.health.notification.alert;

import java.time.Clock;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

import vn.health.contracts.reporting.ReportOverdue;
import vn.health.notification.delivery.Channel;
import vn.health.notification.delivery.Delivery;
import vn.health.notification.delivery.DeliveryLog;
import vn.health.notification.delivery.DeliveryStatus;
import vn.health.notification.delivery.EmailChannel;
import vn.health.notification.directory.Unit;
import vn.health.notification.directory.UnitReplica;
import vn.health.notification.inbox.Inbox;
import vn.health.notification.inbox.InboxEntry;
import vn.health.servicekit.messaging.Idempotency;

/**
 * Tells the overdue unit itself, in its inbox and by e-mail, once per event and channel although
 * events arrive at least once (a crash between sending and recording may repeat one delivery). (Escalation to the supervising unit comes later.)
 */
@Component
public class OverdueAlerts {

	private final UnitReplica units;

	private final Inbox inbox;

	private final EmailChannel email;

	private final DeliveryLog log;

	private final Idempotency idempotency;

	private final Clock clock;

	OverdueAlerts(UnitReplica units, Inbox inbox, EmailChannel email, DeliveryLog log, Idempotency idempotency,
			Clock clock) {
		this.units = units;
		this.inbox = inbox;
		this.email = email;
		this.log = log;
		this.idempotency = idempotency;
		this.clock = clock;
	}

	public void alert(String eventId, ReportOverdue overdue) {
		Unit unit = this.units.findById(overdue.unitId()).orElseThrow(() -> new UnknownRecipientException(overdue.unitId()));
		OverdueAlert alert = OverdueAlert.of(overdue, unit.name());
		// The inbox first: it cannot fail on a dead SMTP server, and the retry of the e-mail skips it.
		once(eventId, unit, Channel.INBOX, null, () -> {
			this.inbox.deliver(InboxEntry.of(eventId, unit.id(), alert.subject(), alert.text(), this.clock.instant()));
			return DeliveryStatus.SENT;
		});
		String address = unit.emailAddress().orElse(null);
		once(eventId, unit, Channel.EMAIL, address, () -> {
			if (address == null) {
				return DeliveryStatus.SKIPPED_NO_ADDRESS;
			}
			this.email.send(alert.toEmail(address));
			return DeliveryStatus.SENT;
		});
	}

	private void once(String eventId, Unit unit, Channel channel, String address, Supplier<DeliveryStatus> delivery) {
		this.idempotency.runOnce(Delivery.key(eventId, unit.id(), channel), () -> this.log
			.save(Delivery.of(eventId, unit.id(), channel, address, delivery.get(), this.clock.instant())));
	}

}
