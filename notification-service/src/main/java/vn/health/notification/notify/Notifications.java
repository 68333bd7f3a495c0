package vn.health.notification.notify;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import vn.health.notification.delivery.Channel;
import vn.health.notification.delivery.Deliveries;
import vn.health.notification.delivery.Notice;
import vn.health.notification.delivery.SourceEvent;
import vn.health.notification.digest.DigestBox;
import vn.health.notification.digest.DigestKind;
import vn.health.notification.directory.Unit;
import vn.health.notification.inbox.Inbox;
import vn.health.notification.inbox.InboxEntry;
import vn.health.notification.preference.Preferences;
import vn.health.notification.preference.PreferencesRepository;
import vn.health.notification.subscriber.Subscribers;

/**
 * Thông báo tới đơn vị — delivers one notice to one unit (and the persons of it who subscribed to the event's
 * type), once per (event, recipient, channel) although events
 * arrive at least once. The inbox is filled at once; outbound channels go through {@link Deliveries}, which
 * waits out quiet hours for a non-urgent notice and records provider failures for re-delivery.
 */
@Component
public class Notifications {

	private static final List<Channel> OUTBOUND = List.of(Channel.EMAIL, Channel.SMS, Channel.ZALO);

	private final PreferencesRepository preferences;

	private final Inbox inbox;

	private final Deliveries deliveries;

	private final DigestBox digests;

	private final Subscribers subscribers;

	private final Clock clock;

	Notifications(PreferencesRepository preferences, Inbox inbox, Deliveries deliveries, DigestBox digests,
			Subscribers subscribers, Clock clock) {
		this.preferences = preferences;
		this.inbox = inbox;
		this.deliveries = deliveries;
		this.digests = digests;
		this.subscribers = subscribers;
		this.clock = clock;
	}

	/** On the channels the unit has on for the event's type (default: inbox and e-mail, every type). */
	public void onChosenChannels(SourceEvent source, Unit unit, Notice notice, boolean urgent) {
		Preferences chosen = this.preferences.forUnit(unit.id());
		if (chosen.wants(Channel.INBOX, source.type())) {
			toInbox(source, unit, notice);
		}
		outbound(source, unit, chosen, notice, urgent);
		toSubscribers(source, unit, notice, urgent);
	}

	/** To the persons of the unit who subscribed to the source event's type, on their own addresses. */
	private void toSubscribers(SourceEvent source, Unit unit, Notice notice, boolean urgent) {
		this.subscribers.findByUnitIdAndEventTypesContaining(unit.id(), source.type())
			.forEach((person) -> person.channels()
				.forEach((channel) -> this.deliveries.deliver(source, person.recipientId(), channel,
						person.addressFor(channel), notice, urgent)));
	}

	/**
	 * A small, never urgent notice (reminder, theme): like {@link #onChosenChannels} for a unit that wants each at
	 * once; for a unit that chose the daily digest, in the inbox now and in the next morning's digest for the rest
	 * (its subscribed persons still get it on their own addresses, like any notice). The digest takes the notice
	 * when one of the unit's outbound channels carries its type.
	 */
	public void smallNotice(SourceEvent source, Unit unit, Notice notice, DigestKind kind) {
		Preferences chosen = this.preferences.forUnit(unit.id());
		if (!chosen.digest()) {
			onChosenChannels(source, unit, notice, false);
			return;
		}
		if (chosen.wants(Channel.INBOX, source.type())) {
			toInbox(source, unit, notice);
		}
		if (OUTBOUND.stream().anyMatch((channel) -> chosen.wants(channel, source.type()))) {
			this.digests.collect(source, unit.id(), notice, kind);
		}
		toSubscribers(source, unit, notice, false);
	}

	/**
	 * A digest of waiting notices: on each of the unit's outbound channels, one notice bundling those of
	 * {@code waiting} whose event type the channel carries; nothing on a channel that carries none of them.
	 */
	public <T> void bundled(SourceEvent source, Unit unit, List<T> waiting, Function<T, String> eventType,
			Function<List<T>, Notice> bundle) {
		Preferences chosen = this.preferences.forUnit(unit.id());
		OUTBOUND.forEach((channel) -> {
			List<T> carried = waiting.stream().filter((item) -> chosen.wants(channel, eventType.apply(item))).toList();
			if (!carried.isEmpty()) {
				this.deliveries.deliver(source, unit.id(), channel, chosen.addressFor(channel, unit),
						bundle.apply(carried), false);
			}
		});
	}

	private void outbound(SourceEvent source, Unit unit, Preferences chosen, Notice notice, boolean urgent) {
		OUTBOUND.stream()
			.filter((channel) -> chosen.wants(channel, source.type()))
			.forEach((channel) -> this.deliveries.deliver(source, unit.id(), channel, chosen.addressFor(channel, unit),
					notice, urgent));
	}

	/**
	 * In the unit's in-app inbox only, whatever channels it chose. Once per event and unit without a claim of its
	 * own: the entry and its delivery line have ids of the event and unit, and each is inserted unless it is there,
	 * so a redelivered event (or one whose first handling stopped between the two) adds only what is missing.
	 */
	public void toInbox(SourceEvent source, Unit unit, Notice notice) {
		Instant now = this.clock.instant();
		this.inbox.deliver(InboxEntry.of(source.id(), unit.id(), notice.subject(), notice.text(), now));
		this.deliveries.inInbox(source, unit.id(), now);
	}

}
