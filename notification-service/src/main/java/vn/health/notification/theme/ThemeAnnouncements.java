package vn.health.notification.theme;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.health.contracts.calendar.ThemeUpcoming;
import vn.health.notification.delivery.SourceEvent;
import vn.health.notification.digest.DigestKind;
import vn.health.notification.directory.Unit;
import vn.health.notification.directory.UnitReplica;
import vn.health.notification.directory.UnknownRecipientException;
import vn.health.notification.notify.Notifications;

/**
 * Thông báo ngày chủ đề — tells units a theme is coming up. A plan's theme ({@code PLAN}) and a unit's own theme
 * ({@code UNIT}) go to the units the event lists, on their chosen channels; a national or provincial one
 * ({@code NATIONAL}, {@code PROVINCE}) to every unit in the replica, in the inbox only, so one theme day does not
 * send an e-mail or SMS to every unit of the province at once. Never urgent.
 */
@Component
class ThemeAnnouncements {

	/** Scopes that concern every unit; the others list their units. */
	static final Set<String> EVERY_UNIT = Set.of("NATIONAL", "PROVINCE");

	private final UnitReplica units;

	private final Notifications notifications;

	ThemeAnnouncements(UnitReplica units, Notifications notifications) {
		this.units = units;
		this.notifications = notifications;
	}

	void announce(SourceEvent source, ThemeUpcoming theme) {
		if (EVERY_UNIT.contains(theme.scope())) {
			// Units that join the replica after this event do not get it.
			this.units.findAll()
				.forEach((unit) -> this.notifications.toInbox(source, unit, ThemeNotice.of(theme, unit.name()).toNotice()));
			return;
		}
		List<String> unknown = new ArrayList<>();
		for (String unitId : theme.unitIds()) {
			Optional<Unit> unit = this.units.findById(unitId);
			unit.ifPresentOrElse((known) -> this.notifications.smallNotice(source, known,
					ThemeNotice.of(theme, known.name()).toNotice(), DigestKind.THEME), () -> unknown.add(unitId));
		}
		// The known units are served first; the retry repeats nothing for them (once per event, unit, channel).
		if (!unknown.isEmpty()) {
			throw new UnknownRecipientException(String.join(", ", unknown));
		}
	}

}
