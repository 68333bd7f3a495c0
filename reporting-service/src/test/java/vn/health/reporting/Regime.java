package vn.health.reporting;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import vn.health.testkit.JsonHttp;
import vn.health.testkit.KafkaTestClient;
import vn.health.testkit.SharedInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A province's reporting regime run by the test: a plan of its own with the requirements the real plan lays down,
 * units of its own in the directory, and the clock moved forward to each instant the sweeps and the units act at.
 */
final class Regime {

	static final String REPORT = "{\"narrative\": \"%s\", "
			+ "\"indicators\": {\"so-bai-viet\": %d, \"so-luot-nguoi\": %d}}";

	private final ReportingApi api;

	private final TestClock clock;

	private final KafkaTestClient kafka = new KafkaTestClient(SharedInfrastructure.get().kafkaBootstrap());

	final String planId;

	Regime(ReportingApi api, TestClock clock, String planId) {
		this.api = api;
		this.clock = clock;
		this.planId = planId;
	}

	/** Puts units of this run under {@code parent} in the directory and waits until the replica has them. */
	void units(String parent, Map<String, String> typeByUnit, Predicate<String> known) {
		DirectoryEvents directory = new DirectoryEvents();
		typeByUnit.forEach((unit, type) -> directory.unit(unit, type, parent));
		await().atMost(ReportingApi.WAIT).until(() -> typeByUnit.keySet().stream().allMatch(known));
	}

	/** Issues the plan with the requirements {@code requirements} adds, then waits for {@code obligations}. */
	void issue(String number, Consumer<ArrayNode> requirements, int obligations) {
		this.kafka.send(PlanSamples.issued(this.planId, (plan) -> {
			plan.put("number", number).put("year", 2024).putNull("alertLadder");
			requirements.accept(plan.putArray("requirements"));
		}));
		this.api.awaitObligations(this.planId, obligations);
	}

	/** One requirement as plan-service sends it, with the platform's indicator template. */
	static ObjectNode requirement(ArrayNode requirements, String id, String title, String dueDate, String period,
			String recipient, String upstream, List<String> reporters) {
		ObjectNode requirement = requirements.addObject()
			.put("requirementId", id)
			.put("title", title)
			.put("dueDate", dueDate)
			.put("dueRule", "BEFORE_DAY")
			.put("recipientUnitId", recipient)
			.put("period", period)
			.put("upstreamRequirementId", upstream);
		reporters.forEach(requirement.putArray("reporterUnitIds")::add);
		ArrayNode indicators = requirement.putArray("indicators");
		indicators.addObject().put("code", "so-bai-viet").put("name", "Số tin, bài đăng tải").put("unit", "bài");
		indicators.addObject().put("code", "so-luot-nguoi").put("name", "Số lượt người được truyền thông")
			.put("unit", "lượt người");
		return requirement;
	}

	String id(String requirement, String unit) {
		return this.planId + "." + requirement + "." + unit;
	}

	/** Moves the clock to {@code at} (Vietnam time) and runs one operator sweep there; returns its answer. */
	JsonNode sweep(String sweep, String at) {
		this.clock.advanceTo(OffsetDateTime.parse(at).toInstant());
		JsonHttp.Response response = this.api.http()
			.post("/api/admin/sweeps/" + sweep + "?asOf=" + at.replace("+", "%2B"), null);
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		return response.json();
	}

	/** The unit submits at {@code at} (Vietnam time). */
	JsonNode submit(String requirement, String unit, String at, int articles, int people) {
		this.clock.advanceTo(OffsetDateTime.parse(at).toInstant());
		JsonHttp.Response response = this.api.submit(id(requirement, unit), unit,
				REPORT.formatted("Báo cáo của " + unit, articles, people));
		assertThat(response.status()).as(response.toString()).isEqualTo(201);
		return response.json();
	}

	void accept(String requirement, String unit, String recipient) {
		JsonHttp.Response response = this.api.review(id(requirement, unit), recipient, "{\"decision\": \"ACCEPT\"}");
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
	}

	JsonNode obligation(String requirement, String unit) {
		return this.api.obligation(id(requirement, unit));
	}

	JsonNode rates(String query) {
		JsonHttp.Response response = this.api.http().get("/api/reports/completeness?plan=" + this.planId + query);
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		return response.json();
	}

	static Instant at(String vietnamTime) {
		return OffsetDateTime.parse(vietnamTime).toInstant();
	}

}
