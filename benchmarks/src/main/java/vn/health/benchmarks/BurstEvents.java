package vn.health.benchmarks;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.apache.kafka.clients.producer.ProducerRecord;
import tools.jackson.databind.json.JsonMapper;

import vn.health.contracts.EventType;
import vn.health.contracts.IntegrationEvent;
import vn.health.contracts.calendar.HolidaysPublished;
import vn.health.contracts.directory.UnitType;
import vn.health.contracts.directory.UnitUpserted;
import vn.health.contracts.reporting.ReportEscalated;
import vn.health.contracts.reporting.ReportOverdue;
import vn.health.testkit.KafkaTestClient;

/** The events the deadline burst sends notification-service, as CloudEvents records. */
final class BurstEvents {

	private static final Instant DUE = Instant.parse("2024-06-19T17:00:00Z");

	private final JsonMapper json = JsonMapper.builder().build();

	/** A unit with an e-mail address, under {@code parent} ({@code null} for none). */
	ProducerRecord<String, String> unit(String unit, String parent) {
		return record(new UnitUpserted(unit, "Trạm Y tế " + unit, UnitType.COMMUNE_HEALTH_STATION, parent,
				address(unit), null, null, null, null, null, null, null));
	}

	/** The overdue alert of one obligation of {@code unit}: not urgent. */
	ProducerRecord<String, String> overdue(String key, String unit) {
		return record(new ReportOverdue("bench-" + key, "bench-plan", "1/KH-BENCH", "Kế hoạch đo tải",
				"Báo cáo 6 tháng đầu năm", unit, "cdc", DUE, DUE.plus(Duration.ofHours(32))));
	}

	/** {@code late}'s report escalated to {@code supervisor}: urgent, e-mailed to both. */
	ProducerRecord<String, String> escalated(String key, String late, String supervisor) {
		return record(new ReportEscalated("bench-" + key, "bench-plan", "1/KH-BENCH", "Kế hoạch đo tải",
				"Báo cáo 6 tháng đầu năm", late, "cdc", supervisor, DUE, 3, Instant.now()));
	}

	/** {@code year} with no day off and every Saturday and Sunday worked: quiet hours never fall on a day. */
	ProducerRecord<String, String> everyWeekendWorked(int year) {
		List<LocalDate> weekends = LocalDate.of(year, 1, 1)
			.datesUntil(LocalDate.of(year + 1, 1, 1))
			.filter((day) -> day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY)
			.toList();
		return record(new HolidaysPublished(year, List.of(), weekends, 1, Instant.now()));
	}

	static String address(String unit) {
		return unit + "@example.vn";
	}

	private ProducerRecord<String, String> record(IntegrationEvent event) {
		return KafkaTestClient.cloudEvent(EventType.of(event), event.aggregateId(), this.json.writeValueAsString(event));
	}

}
