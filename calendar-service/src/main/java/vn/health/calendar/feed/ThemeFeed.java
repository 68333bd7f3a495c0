package vn.health.calendar.feed;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Action;
import net.fortuna.ical4j.model.property.CalScale;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Transp;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import vn.health.calendar.expression.OccurrenceKind;
import vn.health.calendar.theme.ThemeOccurrence;
import vn.health.calendar.theme.ThemeScope;

/**
 * Lịch ngày chủ đề dạng iCalendar — theme occurrences as all-day RFC 5545 events that Google Calendar and Outlook
 * subscribe to: stable UIDs so a refresh updates events, a reminder {@value #ALARM_DAYS} days before each.
 */
final class ThemeFeed {

	static final String UID_DOMAIN = "truyenthongyte.vn";

	static final int ALARM_DAYS = 3;

	private ThemeFeed() {
	}

	/** The feed as RFC 5545 text, long lines folded as the RFC asks. */
	static String render(String unitId, List<ThemeOccurrence> occurrences, Instant now) {
		StringWriter text = new StringWriter();
		try {
			new CalendarOutputter(false).output(calendar(unitId, occurrences, now), text);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return text.toString();
	}

	private static Calendar calendar(String unitId, List<ThemeOccurrence> occurrences, Instant now) {
		Calendar calendar = new Calendar().add(new ProdId("-//Truyền thông Y tế//Lịch ngày chủ đề//VI"))
			.add(ImmutableVersion.VERSION_2_0)
			.add(new CalScale(CalScale.VALUE_GREGORIAN))
			.add(new XProperty("X-WR-CALNAME", "Ngày chủ đề truyền thông y tế – " + unitId));
		for (ThemeOccurrence occurrence : occurrences) {
			calendar.add(event(occurrence, now));
		}
		return calendar;
	}

	private static VEvent event(ThemeOccurrence occurrence, Instant now) {
		String summary = (occurrence.kind() == OccurrenceKind.MONTH) ? occurrence.name() + " (cả tháng)"
				: occurrence.name();
		VEvent event = new VEvent(false).add(new Uid(occurrence.id() + "@" + UID_DOMAIN))
			.add(new DtStamp(now))
			.add(new DtStart<>(occurrence.start()))
			.add(new DtEnd<>(occurrence.end().plusDays(1)))
			.add(new Summary(summary))
			.add(new Categories((occurrence.scope() == ThemeScope.PLAN) ? "Kế hoạch" : "Ngày chủ đề"))
			.add(new Transp(Transp.VALUE_TRANSPARENT));
		VAlarm alarm = new VAlarm(Duration.ofDays(-ALARM_DAYS)).add(new Action(Action.VALUE_DISPLAY))
			.add(new Description("Còn " + ALARM_DAYS + " ngày: " + summary));
		event.add(alarm);
		return event;
	}

}
