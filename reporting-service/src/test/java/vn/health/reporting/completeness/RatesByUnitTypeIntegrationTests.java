package vn.health.reporting.completeness;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import vn.health.reporting.DirectoryEvents;
import vn.health.reporting.IntegrationTestSupport;
import vn.health.reporting.PlanSamples;
import vn.health.reporting.ReportingApi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Rates per unit type follow the directory, also for a unit it learns of after the plan was issued. */
class RatesByUnitTypeIntegrationTests extends IntegrationTestSupport {

	@Test
	void aUnitTheDirectoryLearnsOfLaterIsCountedUnderItsType() {
		ReportingApi api = api();
		String planId = UUID.randomUUID().toString();
		String hospital = "bv-" + planId;
		String district = "ttyt-" + planId;
		this.kafka.send(PlanSamples.issued(planId,
				(plan) -> PlanSamples.requirement(plan).putArray("reporterUnitIds").add(hospital).add(district)));
		api.awaitObligations(planId, 2);
		assertThat(byUnitType(api, planId).get("UNKNOWN").get("expected").asInt()).isEqualTo(2);

		new DirectoryEvents().unit(hospital, "HOSPITAL", "syt");
		await().atMost(ReportingApi.WAIT).until(() -> byUnitType(api, planId).has("HOSPITAL"));

		JsonNode byType = byUnitType(api, planId);
		assertThat(byType.get("HOSPITAL").get("missingUnitIds").get(0).asString()).isEqualTo(hospital);
		assertThat(byType.get("UNKNOWN").get("missingUnitIds").get(0).asString()).isEqualTo(district);
		assertThat(api.http().get("/api/reports/completeness?plan=" + planId + "&unitType=HOSPITAL").json()
			.get("expected").asInt()).isOne();
	}

	private static JsonNode byUnitType(ReportingApi api, String planId) {
		return api.http().get("/api/reports/completeness?plan=" + planId).json().get("byUnitType");
	}

}
