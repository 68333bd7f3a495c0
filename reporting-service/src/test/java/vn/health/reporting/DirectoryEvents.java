package vn.health.reporting;

import java.util.List;
import java.util.stream.Collectors;

import vn.health.contracts.EventType;
import vn.health.testkit.KafkaTestClient;
import vn.health.testkit.SharedInfrastructure;

/** plan-service's directory and calendar-service's holidays, as they would publish them. */
public final class DirectoryEvents {

	private final KafkaTestClient kafka = new KafkaTestClient(SharedInfrastructure.get().kafkaBootstrap());

	public void unit(String unitId, String type, String parentId) {
		this.kafka.send(KafkaTestClient.cloudEvent(EventType.UNIT_UPSERTED, unitId, """
				{"unitId": "%s", "name": "Đơn vị %s", "type": "%s", "parentId": %s}"""
			.formatted(unitId, unitId, type, (parentId != null) ? "\"" + parentId + "\"" : "null")));
	}

	public void merged(String successorUnitId, List<String> mergedUnitIds) {
		this.kafka.send(KafkaTestClient.cloudEvent(EventType.UNITS_MERGED, successorUnitId, """
				{"successorUnitId": "%s", "mergedUnitIds": [%s], "effectiveFrom": "2024-06-17",
				 "reason": "Nghị quyết sắp xếp đơn vị hành chính"}"""
			.formatted(successorUnitId, mergedUnitIds.stream().map((id) -> "\"" + id + "\"")
				.collect(Collectors.joining(", ")))));
	}

	public void holidays(int year, long revision, List<String> daysOff) {
		this.kafka.send(KafkaTestClient.cloudEvent(EventType.HOLIDAYS_PUBLISHED, "holidays-" + year, """
				{"year": %d, "daysOff": [%s], "workingWeekendDays": [], "revision": %d,
				 "publishedAt": "2024-01-02T02:00:00Z"}"""
			.formatted(year, daysOff.stream()
				.map((day) -> "{\"date\": \"" + day + "\", \"name\": \"Nghỉ lễ\", \"kind\": \"PUBLIC_HOLIDAY\"}")
				.collect(Collectors.joining(", ")), revision)));
	}

}
