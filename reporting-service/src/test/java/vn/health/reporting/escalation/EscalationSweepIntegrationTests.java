package vn.health.reporting.escalation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import vn.health.contracts.Topics;
import vn.health.reporting.DirectoryEvents;
import vn.health.reporting.IntegrationTestSupport;
import vn.health.reporting.PlanSamples;
import vn.health.reporting.ReportingApi;
import vn.health.reporting.ReportingEvents;
import vn.health.reporting.directory.Directory;
import vn.health.reporting.obligation.ObligationRepository;
import vn.health.reporting.workingday.WorkingDays;
import vn.health.servicekit.lock.Leases;
import vn.health.servicekit.lock.MongoLeaseLockProvider;
import vn.health.testkit.JsonHttp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Escalation to the supervising unit of reports still missing N working days after the deadline, swept at instants
 * the test chooses. Each test has units of its own, placed under a parent of its own in the directory.
 */
class EscalationSweepIntegrationTests extends IntegrationTestSupport {

	private static final String ESCALATED = "vn.health.report.escalated";

	@Autowired
	ObligationRepository obligations;

	@Autowired
	WorkingDays workingDays;

	@Autowired
	Directory directory;

	@Autowired
	MongoTemplate mongo;

	@Test
	void aReportStillMissingThreeWorkingDaysAfterItsDeadlineIsEscalatedOnceToTheParentUnit() {
		String planId = UUID.randomUUID().toString();
		String late = "ttyt-late-" + planId;
		String punctual = "ttyt-ok-" + planId;
		String parent = "cdc-" + planId;
		unitsUnder(parent, late, punctual);
		issue(planId, "2024-06-20", null, late, punctual);
		submit(planId, punctual);

		// before 20/6 (Thu): late Thu 20, Fri 21, Mon 24, so escalated on Tuesday 25/6 at 08:00
		sweep("2024-06-24T17:00:00%2B07:00");
		assertThat(escalation(planId, late).get("escalatedAt").isNull()).isTrue();
		assertThat(escalation(planId, late).get("nextAt").asString()).isEqualTo("2024-06-25T01:00:00Z");
		sweep("2024-06-25T08:00:00%2B07:00");
		sweep("2024-06-26T08:00:00%2B07:00");

		assertThat(escalation(planId, late).get("supervisorUnitId").asString()).isEqualTo(parent);
		assertThat(escalation(planId, late).get("escalatedAt").asString()).isEqualTo("2024-06-25T01:00:00Z");
		assertThat(escalation(planId, punctual).get("escalatedAt").isNull()).isTrue();
		submit(planId, late);
		List<String> events = new ReportingEvents().ofPlanUntil(planId,
				"vn.health.report.submitted " + planId + ".r1." + late);
		assertThat(ReportingEvents.ofType(events, ESCALATED)).containsExactly(ESCALATED + " " + planId + ".r1." + late);
	}

	/** The supervisors of a batch are read together; each report still goes to its own unit's. */
	@Test
	void eachReportOfABatchIsEscalatedToItsOwnUnitsParentOrToItsRecipientWhenTheReplicaDoesNotKnowTheUnit() {
		String planId = UUID.randomUUID().toString();
		String underA = "ttyt-a-" + planId;
		String underB = "ttyt-b-" + planId;
		String unknown = "ttyt-unknown-" + planId;
		unitsUnder("cdc-a-" + planId, underA);
		unitsUnder("cdc-b-" + planId, underB);
		issue(planId, "2024-06-20", null, underA, unknown, underB);

		sweep("2024-06-24T17:00:00%2B07:00");
		sweep("2024-06-25T08:00:00%2B07:00");

		assertThat(escalation(planId, underA).get("supervisorUnitId").asString()).isEqualTo("cdc-a-" + planId);
		assertThat(escalation(planId, underB).get("supervisorUnitId").asString()).isEqualTo("cdc-b-" + planId);
		// the sample requirement's recipient
		assertThat(escalation(planId, unknown).get("supervisorUnitId").asString()).isEqualTo("cdc");
	}

	@Test
	void twoInstancesSweepingAtOnceEscalateEachReportExactlyOnce() {
		String planId = UUID.randomUUID().toString();
		String late = "ttyt-late-" + planId;
		unitsUnder("cdc-" + planId, late);
		issue(planId, "2024-06-20", null, late);
		Instant asOf = at("2024-06-25T09:00:00%2B07:00");
		EscalationSweep otherInstance = new EscalationSweep(this.obligations,
				new Leases(new DefaultLockingTaskExecutor(
						new MongoLeaseLockProvider(this.mongo, "reporting-service@other-host"))),
				this.workingDays, this.directory, this.clock);
		EscalationSweep thisInstance = new EscalationSweep(this.obligations,
				new Leases(new DefaultLockingTaskExecutor(
						new MongoLeaseLockProvider(this.mongo, "reporting-service@this-host"))),
				this.workingDays, this.directory, this.clock);

		this.clock.advanceTo(asOf);
		CompletableFuture<Optional<Integer>> one = CompletableFuture.supplyAsync(() -> thisInstance.sweep(asOf));
		CompletableFuture<Optional<Integer>> two = CompletableFuture.supplyAsync(() -> otherInstance.sweep(asOf));
		assertThat(List.of(one.join(), two.join())).anyMatch(Optional::isPresent);
		assertThat(thisInstance.sweep(asOf)).isPresent();
		assertThat(otherInstance.sweep(asOf)).isPresent();

		assertThat(escalation(planId, late).get("escalatedAt").asString()).isEqualTo("2024-06-25T02:00:00Z");
		submit(planId, late);
		List<String> events = new ReportingEvents().ofPlanUntil(planId,
				"vn.health.report.submitted " + planId + ".r1." + late);
		assertThat(ReportingEvents.ofType(events, ESCALATED)).hasSize(1);
	}

	@Test
	void thePlansLadderAndThePublishedHolidaysDecideWhenRemindersAndEscalationGoOut() {
		String planId = UUID.randomUUID().toString();
		String late = "ttyt-late-" + planId;
		unitsUnder("cdc-" + planId, late);
		DirectoryEvents calendar = new DirectoryEvents();
		calendar.holidays(2027, 2, List.of("2027-03-01"));
		calendar.holidays(2027, 1, List.of("2027-03-02"));
		await().atMost(ReportingApi.WAIT)
			.until(() -> !this.workingDays.calendar().isWorkingDay(LocalDate.of(2027, 3, 1))
					&& this.kafka.caughtUp("reporting-service", Topics.CALENDAR));
		assertThat(this.workingDays.calendar().isWorkingDay(LocalDate.of(2027, 3, 2))).isTrue();
		// due before Monday 1/3/2027, a day off: late Tue 2/3 is the one working day, escalated on Wed 3/3
		issue(planId, "2027-03-01", "{\"reminderDaysBefore\": [2], \"escalationWorkingDays\": 1}", late);

		post("reminders", "2027-02-26T23:00:00%2B07:00");
		assertThat(api().obligation(planId + ".r1." + late).get("reminders").get("sentDaysBefore")).isEmpty();
		post("reminders", "2027-02-27T00:00:00%2B07:00");
		assertThat(api().obligation(planId + ".r1." + late).get("reminders").get("sentDaysBefore").get(0).asInt())
			.isEqualTo(2);
		sweep("2027-03-02T09:00:00%2B07:00");
		assertThat(escalation(planId, late).get("escalatedAt").isNull()).isTrue();
		assertThat(escalation(planId, late).get("workingDays").asInt()).isOne();
		sweep("2027-03-03T08:00:00%2B07:00");
		assertThat(escalation(planId, late).get("escalatedAt").asString()).isEqualTo("2027-03-03T01:00:00Z");
	}

	@Test
	void aSweepOfTheFutureIsABadRequest() {
		ReportingApi.assertInvalid(api().http().post("/api/admin/sweeps/escalations?asOf=2099-01-01T00:00:00Z", null),
				"asOf");
	}

	private void unitsUnder(String parent, String... units) {
		DirectoryEvents directory = new DirectoryEvents();
		for (String unit : units) {
			directory.unit(unit, "DISTRICT_HEALTH_CENTRE", parent);
		}
		await().atMost(ReportingApi.WAIT)
			.until(() -> List.of(units).stream().allMatch((unit) -> this.directory.supervisorOf(unit).isPresent()));
	}

	private void issue(String planId, String dueDate, String ladder, String... units) {
		this.kafka.send(PlanSamples.issued(planId, (plan) -> {
			var requirement = PlanSamples.requirement(plan).put("dueDate", dueDate);
			var reporters = requirement.putArray("reporterUnitIds");
			List.of(units).forEach(reporters::add);
			if (ladder != null) {
				plan.set("alertLadder", JsonMapper.builder().build().readTree(ladder));
			}
			else {
				plan.putNull("alertLadder");
			}
		}));
		api().awaitObligations(planId, units.length);
	}

	private void submit(String planId, String unit) {
		assertThat(api().submit(planId + ".r1." + unit, unit, PlanSamples.REPORT).status()).isEqualTo(201);
	}

	private void sweep(String asOf) {
		post("escalations", asOf);
	}

	private JsonNode escalation(String planId, String unit) {
		return api().obligation(planId + ".r1." + unit).get("escalation");
	}

	private JsonNode post(String sweep, String asOf) {
		this.clock.advanceTo(at(asOf));
		JsonHttp.Response response = api().http().post("/api/admin/sweeps/" + sweep + "?asOf=" + asOf, null);
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		return response.json();
	}

	private static Instant at(String asOf) {
		return OffsetDateTime.parse(asOf.replace("%2B", "+")).toInstant();
	}

}
