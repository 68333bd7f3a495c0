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

/** Rates per district follow the unit tree of the directory replica: communes count under their district. */
class RatesByDistrictIntegrationTests extends IntegrationTestSupport {

	@Test
	void communesCountUnderTheirDistrictAndProvincialUnitsUnderTheProvince() {
		ReportingApi api = api();
		String planId = UUID.randomUUID().toString();
		String syt = "syt-" + planId;
		String cdc = "cdc-" + planId;
		String yenThe = "ttyt-yen-the-" + planId;
		String boHa = "tyt-bo-ha-" + planId;
		String dongKy = "tyt-dong-ky-" + planId;
		String tanYen = "ttyt-tan-yen-" + planId;
		String caoThuong = "tyt-cao-thuong-" + planId;
		String unknown = "tyt-chua-biet-" + planId;
		DirectoryEvents directory = new DirectoryEvents();
		directory.unit(syt, "DEPARTMENT_OF_HEALTH", null);
		directory.unit(cdc, "PROVINCIAL_CDC", syt);
		directory.unit(yenThe, "DISTRICT_HEALTH_CENTRE", syt);
		directory.unit(boHa, "COMMUNE_HEALTH_STATION", yenThe);
		directory.unit(dongKy, "COMMUNE_HEALTH_STATION", yenThe);
		directory.unit(tanYen, "DISTRICT_HEALTH_CENTRE", syt);
		directory.unit(caoThuong, "COMMUNE_HEALTH_STATION", tanYen);
		this.kafka.send(PlanSamples.issued(planId, (plan) -> PlanSamples.requirement(plan)
			.putArray("reporterUnitIds")
			.add(boHa)
			.add(dongKy)
			.add(caoThuong)
			.add(tanYen)
			.add(cdc)
			.add(unknown)));
		api.awaitObligations(planId, 6);
		api.submit(planId + ".r1." + boHa, boHa, PlanSamples.REPORT);

		// the replica learns the units from several partitions, a commune possibly before its district
		await().atMost(ReportingApi.WAIT).until(() -> {
			JsonNode byDistrict = byDistrict(api, planId);
			return byDistrict.has(yenThe) && byDistrict.get(yenThe).get("expected").asInt() == 2
					&& byDistrict.get(yenThe).get("submitted").asInt() == 1 && byDistrict.has(tanYen)
					&& byDistrict.get(tanYen).get("expected").asInt() == 2 && byDistrict.has("PROVINCE")
					&& byDistrict.get("PROVINCE").get("expected").asInt() == 1;
		});

		JsonNode byDistrict = byDistrict(api, planId);
		assertThat(byDistrict.propertyNames()).containsExactlyInAnyOrder(yenThe, tanYen, "PROVINCE", "UNKNOWN");
		JsonNode yenTheRates = byDistrict.get(yenThe);
		assertThat(yenTheRates.get("unitId").asString()).isEqualTo(yenThe);
		assertThat(yenTheRates.get("name").asString()).isEqualTo("Đơn vị " + yenThe);
		assertThat(yenTheRates.get("expected").asInt()).isEqualTo(2);
		assertThat(yenTheRates.get("completenessPercent").asDouble()).isEqualTo(50.0);
		assertThat(yenTheRates.get("missingUnitIds").valueStream().map(JsonNode::asString)).containsExactly(dongKy);
		JsonNode tanYenRates = byDistrict.get(tanYen);
		assertThat(tanYenRates.get("expected").asInt()).isEqualTo(2);
		assertThat(tanYenRates.get("missingUnitIds").valueStream().map(JsonNode::asString))
			.containsExactlyInAnyOrder(tanYen, caoThuong);
		assertThat(byDistrict.get("PROVINCE").get("missingUnitIds").valueStream().map(JsonNode::asString))
			.containsExactly(cdc);
		assertThat(byDistrict.get("UNKNOWN").get("missingUnitIds").valueStream().map(JsonNode::asString))
			.containsExactly(unknown);
	}

	private static JsonNode byDistrict(ReportingApi api, String planId) {
		return api.http().get("/api/reports/completeness?plan=" + planId).json().get("byDistrict");
	}

}
