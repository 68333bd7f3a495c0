package vn.health.calendar.feed;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Action;
import net.fortuna.ical4j.model.property.CalScale;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Transp;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import vn.health.calendar.expression.OccurrenceKind;
import vn.health.calendar.theme.DeadlineDetails;
import vn.health.calendar.theme.ThemeOccurrence;
import vn.health.calendar.theme.ThemeScope;

/**
 * Lịch của đơn vị dạng iCalendar — theme occurrences and reporting deadlines as all-day RFC 5545 events that Google
 * Calendar and Outlook subscribe to: stable UIDs and a {@code SEQUENCE} so a refresh updates events, a reminder
 * {@value #ALARM_DAYS} days before each theme, 7, 3 and 1 days before each deadline, each in the morning.
 */
final class ThemeFeed {

	static final String UID_DOMAIN = "truyenthongyte.vn";

	static final int ALARM_DAYS = 3;

	static final int ALARM_HOUR = 8;

	/** The platform's default reminder ladder for reports (DESIGN: 7, 3 and 1 days before). */
	static final List<Integer> DEADLINE_ALARM_DAYS = List.of(7, 3, 1);

	/** METHOD:PUBLISH (RFC 5546) asks every event for an organizer; the platform is the publisher. */
	private static final Organizer ORGANIZER = new Organizer(URI.create("mailto:lich@" + UID_DOMAIN))
		.add(new Cn("Truyền thông Y tế"));

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");

	private ThemeFeed() {
	}

	/** The feed as RFC 5545 text, long lines folded as the RFC asks. */
	static String render(String unitName, List<ThemeOccurrence> occurrences, Instant now) {
		StringWriter text = new StringWriter();
		try {
			new CalendarOutputter(false).output(calendar(unitName, occurrences, now), text);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return text.toString();
	}

	/**
	 * METHOD, X-WR-CALNAME and X-WR-TIMEZONE are what Google Calendar and Outlook read for a subscribed calendar's
	 * name and zone; every event is all-day (floating dates), so no VTIMEZONE is needed.
	 */
	private static Calendar calendar(String unitName, List<ThemeOccurrence> occurrences, Instant now) {
		Calendar calendar = new Calendar().add(new ProdId("-//Truyền thông Y tế//Lịch ngày chủ đề//VI"))
			.add(ImmutableVersion.VERSION_2_0)
			.add(new CalScale(CalScale.VALUE_GREGORIAN))
			.add(new Method(Method.VALUE_PUBLISH))
			.add(new XProperty("X-WR-CALNAME", "Lịch truyền thông y tế – " + unitName))
			.add(new XProperty("X-WR-TIMEZONE", VIETNAM.getId()))
			.add(new XProperty("X-PUBLISHED-TTL", "PT1H"));
		for (ThemeOccurrence occurrence : occurrences) {
			calendar.add(event(occurrence, now));
		}
		return calendar;
	}

	private static VEvent event(ThemeOccurrence occurrence, Instant now) {
		return (occurrence.deadline() != null) ? deadline(occurrence, occurrence.deadline(), now)
				: theme(occurrence, now);
	}

	private static VEvent theme(ThemeOccurrence occurrence, Instant now) {
		String summary = (occurrence.kind() == OccurrenceKind.MONTH) ? occurrence.name() + " (cả tháng)"
				: occurrence.name();
		VEvent event = allDay(occurrence, summary, now)
			.add(new Categories(categoryOf(occurrence.scope())))
			.add(new Sequence(0));
		event.add(alarm(ALARM_DAYS, summary));
		return event;
	}

	/** On the last day to send, with what is due, to whom, and the exact instant it becomes late. */
	private static VEvent deadline(ThemeOccurrence occurrence, DeadlineDetails deadline, Instant now) {
		StringBuilder description = new StringBuilder();
		if (deadline.planNumber() != null) {
			description.append("Kế hoạch số ").append(deadline.planNumber());
			if (deadline.planTitle() != null) {
				description.append(": ").append(deadline.planTitle());
			}
			description.append('\n');
		}
		if (deadline.requirementTitle() != null) {
			description.append("Báo cáo: ").append(deadline.requirementTitle());
			if (deadline.period() != null) {
				description.append(" (kỳ ").append(deadline.period()).append(')');
			}
			description.append('\n');
		}
		if (deadline.recipientUnitId() != null) {
			description.append("Gửi: ")
				.append((deadline.recipientName() != null) ? deadline.recipientName() : deadline.recipientUnitId())
				.append('\n');
		}
		description.append("Hạn: gửi trước ").append(DUE.format(deadline.dueAt().atZone(VIETNAM)));
		String summary = occurrence.name()
				+ ((deadline.planNumber() != null) ? " – KH " + deadline.planNumber() : "");
		VEvent event = allDay(occurrence, summary, now).add(new Description(description.toString()))
			.add(new Categories("Hạn báo cáo"))
			.add(new Sequence(deadline.sequence()));
		if (deadline.changedAt() != null) {
			event.add(new LastModified(deadline.changedAt()));
		}
		DEADLINE_ALARM_DAYS.forEach((days) -> event.add(alarm(days, summary)));
		return event;
	}

	private static VEvent allDay(ThemeOccurrence occurrence, String summary, Instant now) {
		return new VEvent(false).add(new Uid(occurrence.id() + "@" + UID_DOMAIN))
			.add(new DtStamp(now))
			.add(new DtStart<>(occurrence.start()))
			.add(new DtEnd<>(occurrence.end().plusDays(1)))
			.add(new Summary(summary))
			.add(ORGANIZER)
			.add(new Transp(Transp.VALUE_TRANSPARENT));
	}

	private static String categoryOf(ThemeScope scope) {
		return switch (scope) {
			case PLAN -> "Kế hoạch";
			case PROVINCE -> "Chủ đề của tỉnh";
			case UNIT -> "Chủ đề của đơn vị";
			case NATIONAL, DEADLINE -> "Ngày chủ đề";
		};
	}

	/**
	 * At {@value #ALARM_HOUR}:00 on the day {@code daysBefore} days ahead of the all-day event, which starts at
	 * midnight: a reminder never rings at night (DESIGN, deadlines).
	 */
	private static VAlarm alarm(int daysBefore, String summary) {
		return new VAlarm(Duration.ofDays(-daysBefore).plusHours(ALARM_HOUR)).add(new Action(Action.VALUE_DISPLAY))
			.add(new Description("Còn " + daysBefore + " ngày: " + summary));
	}

}
