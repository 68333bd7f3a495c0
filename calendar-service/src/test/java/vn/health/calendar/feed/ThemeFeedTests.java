package vn.health.calendar.feed;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

import vn.health.calendar.expression.OccurrenceKind;
import vn.health.calendar.theme.DeadlineDetails;
import vn.health.calendar.theme.ThemeOccurrence;
import vn.health.calendar.theme.ThemeScope;

import static org.assertj.core.api.Assertions.assertThat;

class ThemeFeedTests {

	private static final Instant NOW = Instant.parse("2024-03-01T02:00:00Z");

	private static final String UNIT_NAME = "Trung tâm Y tế huyện Yên Dũng";

	private static final ThemeOccurrence DEADLINE = ThemeOccurrence.ofDeadline("p1",
			"Hạn gửi báo cáo: Báo cáo 6 tháng đầu năm", LocalDate.of(2024, 6, 14),
			new DeadlineDetails("p1.r1.ttyt-yen-dung", "91/KH-SYT", "Kế hoạch truyền thông y tế năm 2024",
					"Báo cáo 6 tháng đầu năm", "6 tháng", "cdc", "Trung tâm Kiểm soát bệnh tật tỉnh",
					Instant.parse("2024-06-14T17:00:00Z"), 2, Instant.parse("2024-06-03T02:00:00Z")));

	private static final List<ThemeOccurrence> OCCURRENCES = List.of(
			new ThemeOccurrence("national-07-20240324-day", "national-07", 7, "Ngày Thế giới phòng, chống lao",
					LocalDate.of(2024, 3, 24), LocalDate.of(2024, 3, 24), OccurrenceKind.DAY, ThemeScope.NATIONAL, null),
			new ThemeOccurrence("national-35-20241201-month", "national-35", 35,
					"Ngày Thế giới phòng, chống AIDS và Tháng hành động quốc gia phòng, chống HIV/AIDS",
					LocalDate.of(2024, 12, 1), LocalDate.of(2024, 12, 31), OccurrenceKind.MONTH, ThemeScope.NATIONAL, null));

	@Test
	void writesAllDayEventsThatIcal4jReadsBackWithTheirUidStampAndDates() throws Exception {
		String text = ThemeFeed.render(UNIT_NAME, OCCURRENCES, NOW);

		Calendar parsed = new CalendarBuilder().build(new StringReader(text));
		List<VEvent> events = parsed.getComponents(VEvent.VEVENT);
		assertThat(events).hasSize(2);
		VEvent tuberculosis = events.get(0);
		assertThat(value(tuberculosis, Property.UID)).isEqualTo("national-07-20240324-day@truyenthongyte.vn");
		assertThat(value(tuberculosis, Property.DTSTAMP)).isEqualTo("20240301T020000Z");
		assertThat(value(tuberculosis, Property.DTSTART)).isEqualTo("20240324");
		assertThat(tuberculosis.getProperty(Property.DTSTART).orElseThrow().getParameter(Parameter.VALUE))
			.hasValueSatisfying((value) -> assertThat(value.getValue()).isEqualTo("DATE"));
		assertThat(value(tuberculosis, Property.DTEND)).as("exclusive end of an all-day event").isEqualTo("20240325");
		assertThat(value(tuberculosis, Property.SUMMARY)).isEqualTo("Ngày Thế giới phòng, chống lao");
		assertThat(value(events.get(1), Property.DTEND)).isEqualTo("20250101");
		assertThat(value(events.get(1), Property.SUMMARY)).endsWith("HIV/AIDS (cả tháng)");
	}

	@Test
	void remindsInTheMorningThreeDaysBeforeEachEvent() throws Exception {
		Calendar parsed = new CalendarBuilder()
			.build(new StringReader(ThemeFeed.render(UNIT_NAME, OCCURRENCES, NOW)));

		List<VAlarm> alarms = parsed.<VEvent>getComponents(VEvent.VEVENT).get(0).getAlarms();
		assertThat(alarms).hasSize(1);
		assertThat(value(alarms.get(0), Property.TRIGGER)).as("08:00 three days before").isEqualTo("-P2DT16H");
		assertThat(value(alarms.get(0), Property.ACTION)).isEqualTo("DISPLAY");
		assertThat(value(alarms.get(0), Property.DESCRIPTION)).isEqualTo("Còn 3 ngày: Ngày Thế giới phòng, chống lao");
	}

	@Test
	void passesIcal4jsRfc5545Validation() throws Exception {
		Calendar parsed = new CalendarBuilder()
			.build(new StringReader(ThemeFeed.render(UNIT_NAME, OCCURRENCES, NOW)));

		assertThat(parsed.validate().hasErrors()).as(parsed.validate().toString()).isFalse();
	}

	@Test
	void namesTheCalendarItsProducerAndZoneAsGoogleAndOutlookReadThem() {
		String text = ThemeFeed.render(UNIT_NAME, OCCURRENCES, NOW);

		assertThat(text).startsWith("BEGIN:VCALENDAR\r\n")
			.contains("VERSION:2.0\r\n", "PRODID:-//Truyền thông Y tế//Lịch ngày chủ đề//VI\r\n",
					"METHOD:PUBLISH\r\n", "X-WR-CALNAME:Lịch truyền thông y tế – Trung tâm Y tế huyện Yên Dũng\r\n",
					"X-WR-TIMEZONE:Asia/Ho_Chi_Minh\r\n", "CALSCALE:GREGORIAN\r\n", "SEQUENCE:0\r\n");
	}

	@Test
	void showsADeadlineOnItsLastDayWithPlanReportRecipientAndThreeReminders() throws Exception {
		Calendar parsed = new CalendarBuilder()
			.build(new StringReader(ThemeFeed.render(UNIT_NAME, List.of(DEADLINE), NOW)));

		assertThat(parsed.validate().hasErrors()).as(parsed.validate().toString()).isFalse();
		VEvent event = parsed.<VEvent>getComponents(VEvent.VEVENT).get(0);
		assertThat(value(event, Property.UID)).isEqualTo("deadline-p1.r1.ttyt-yen-dung@truyenthongyte.vn");
		assertThat(value(event, Property.DTSTART)).isEqualTo("20240614");
		assertThat(value(event, Property.SUMMARY))
			.isEqualTo("Hạn gửi báo cáo: Báo cáo 6 tháng đầu năm – KH 91/KH-SYT");
		assertThat(value(event, Property.DESCRIPTION)).isEqualTo("""
				Kế hoạch số 91/KH-SYT: Kế hoạch truyền thông y tế năm 2024
				Báo cáo: Báo cáo 6 tháng đầu năm (kỳ 6 tháng)
				Gửi: Trung tâm Kiểm soát bệnh tật tỉnh
				Hạn: gửi trước 00:00 ngày 15/06/2024""");
		assertThat(value(event, Property.SEQUENCE)).isEqualTo("2");
		assertThat(value(event, Property.LAST_MODIFIED)).isEqualTo("20240603T020000Z");
		assertThat(event.getAlarms()).extracting((alarm) -> value(alarm, Property.TRIGGER))
			.containsExactly("-P6DT16H", "-P2DT16H", "-PT16H");
	}

	@Test
	void foldsLinesLongerThanSeventyFiveCharacters() {
		String text = ThemeFeed.render(UNIT_NAME, OCCURRENCES, NOW);

		assertThat(text.split("\r\n")).allSatisfy((line) -> assertThat(line.length()).isLessThanOrEqualTo(75));
		assertThat(text).contains("\r\n ");
	}

	private static String value(net.fortuna.ical4j.model.Component component, String name) {
		return component.getProperty(name).orElseThrow().getValue();
	}

}
