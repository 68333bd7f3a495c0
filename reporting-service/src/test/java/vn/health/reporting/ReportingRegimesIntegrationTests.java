package vn.health.reporting;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import vn.health.reporting.directory.Directory;
import vn.health.testkit.JsonHttp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reporting regimes of the real plans in {@code documents/}, end to end on the real broker and store, with the
 * clock moved by the test: issue → obligations → some units report on time, some late, some never → reminders,
 * overdue, escalation to the supervisor, consolidation and rates.
 */
class ReportingRegimesIntegrationTests extends IntegrationTestSupport {

	@Autowired
	Directory directory;

	/**
	 * Bắc Giang, KH 2024 §4.3: units report to the CDC "quý I trước ngày 20/3/2024", "6 tháng đầu năm trước ngày
	 * 20/6/2024", "9 tháng trước ngày 20/9/2024", "năm … trước ngày 20/11/2024". The plan reaches the platform on
	 * 17/6: Yên Thế reports the 6 months on time, Tân Yên a day late, Lục Ngạn never.
	 */
	@Test
	void bacGiangSixMonthReportsRemindOverdueEscalateConsolidateAndRate() {
		String run = UUID.randomUUID().toString().substring(0, 8);
		String cdc = "cdc-bg-" + run;
		String yenThe = "ttyt-yen-the-" + run;
		String tanYen = "ttyt-tan-yen-" + run;
		String lucNgan = "ttyt-luc-ngan-" + run;
		Regime bacGiang = new Regime(api(), this.clock, "bg-2024-" + run);
		bacGiang.units(cdc, Map.of(yenThe, "DISTRICT_HEALTH_CENTRE", tanYen, "DISTRICT_HEALTH_CENTRE", lucNgan,
				"DISTRICT_HEALTH_CENTRE"), (unit) -> this.directory.supervisorOf(unit).isPresent());
		List<String> units = List.of(yenThe, tanYen, lucNgan);
		bacGiang.issue("91/KH-SYT", (requirements) -> {
			Regime.requirement(requirements, "q1", "Báo cáo quý I", "2024-03-20", "Quý I", cdc, null, units);
			Regime.requirement(requirements, "h1", "Báo cáo 6 tháng đầu năm", "2024-06-20", "6 tháng", cdc, null, units);
			Regime.requirement(requirements, "m9", "Báo cáo 9 tháng", "2024-09-20", "9 tháng", cdc, null, units);
			Regime.requirement(requirements, "y", "Báo cáo tổng kết năm 2024", "2024-11-20", "Năm", cdc, null, units);
		}, 12);

		JsonNode sixMonths = bacGiang.obligation("h1", lucNgan);
		assertThat(sixMonths.get("dueAt").asString()).isEqualTo("2024-06-19T17:00:00Z");
		assertThat(sixMonths.get("dataPeriod").get("from").asString()).isEqualTo("2023-12-15");
		assertThat(sixMonths.get("dataPeriod").get("to").asString()).isEqualTo("2024-06-14");
		assertThat(bacGiang.obligation("q1", lucNgan).get("dataPeriod").get("to").asString()).isEqualTo("2024-03-14");

		// 17/6 10:00: the 7-day reminder was missed before the plan arrived; only the 3-day one is still meaningful
		bacGiang.sweep("reminders", "2024-06-17T10:00:00+07:00");
		bacGiang.submit("h1", yenThe, "2024-06-18T09:00:00+07:00", 12, 3400);
		bacGiang.sweep("reminders", "2024-06-19T08:00:00+07:00");
		// due when 20/6 starts: late at once (rates say so), the units alerted at 08:00 that morning
		bacGiang.sweep("overdue", "2024-06-20T00:00:01+07:00");
		assertThat(bacGiang.obligation("h1", lucNgan).get("status").asString()).isEqualTo("OVERDUE");
		assertThat(bacGiang.rates("&period=6%20th%C3%A1ng").get("byStatus").get("OVERDUE").asInt()).isEqualTo(2);
		assertThat(bacGiang.obligation("h1", lucNgan).get("overdueAlert").get("sentAt").isNull()).isTrue();
		bacGiang.sweep("overdue", "2024-06-20T08:00:00+07:00");
		bacGiang.sweep("overdue", "2024-06-20T09:00:00+07:00");
		JsonNode late = bacGiang.submit("h1", tanYen, "2024-06-21T09:00:00+07:00", 5, 1200);
		bacGiang.sweep("escalations", "2024-06-24T17:00:00+07:00");
		assertThat(bacGiang.obligation("h1", lucNgan).get("escalation").get("escalatedAt").isNull()).isTrue();
		bacGiang.sweep("escalations", "2024-06-25T08:00:00+07:00");
		bacGiang.sweep("escalations", "2024-06-26T08:00:00+07:00");
		bacGiang.accept("h1", yenThe, cdc);
		bacGiang.accept("h1", tanYen, cdc);

		assertThat(late.get("submissions").get(0).get("lateBy").asString()).isEqualTo("PT33H");
		assertThat(bacGiang.obligation("h1", yenThe).get("reminders").get("sentDaysBefore").get(0).asInt())
			.isEqualTo(3);
		assertThat(bacGiang.obligation("h1", tanYen).get("reminders").get("sentDaysBefore").valueStream()
			.map(JsonNode::asInt)).containsExactly(3, 1);
		JsonNode missing = bacGiang.obligation("h1", lucNgan);
		assertThat(missing.get("status").asString()).isEqualTo("OVERDUE");
		assertThat(missing.get("overdueAlert").get("sentAt").asString()).isEqualTo("2024-06-20T01:00:00Z");
		assertThat(late.get("submissions").get(0).get("submittedBy").get("subject").asString())
			.isEqualTo("user." + tanYen);
		assertThat(missing.get("escalation").get("supervisorUnitId").asString()).isEqualTo(cdc);
		assertThat(missing.get("escalation").get("escalatedAt").asString()).isEqualTo("2024-06-25T01:00:00Z");
		assertThat(bacGiang.obligation("h1", tanYen).get("escalation").get("escalatedAt").isNull()).isTrue();

		JsonNode consolidation = api().http()
			.get("/api/reports/consolidated?plan=" + bacGiang.planId + "&requirement=h1")
			.json();
		assertThat(consolidation.get("totals").get("so-bai-viet").asDouble()).isEqualTo(17);
		assertThat(consolidation.get("totals").get("so-luot-nguoi").asDouble()).isEqualTo(4600);
		assertThat(consolidation.get("missing").get(0).get("unitId").asString()).isEqualTo(lucNgan);

		JsonNode rates = bacGiang.rates("&period=6%20th%C3%A1ng");
		assertThat(rates.get("expected").asInt()).isEqualTo(3);
		assertThat(rates.get("submittedOnTime").asInt()).isOne();
		assertThat(rates.get("submittedLate").asInt()).isOne();
		assertThat(rates.get("completenessPercent").asDouble()).isEqualTo(66.7);
		assertThat(rates.get("timelinessPercent").asDouble()).isEqualTo(33.3);
		assertThat(rates.get("missingUnitIds").valueStream().map(JsonNode::asString)).containsExactly(lucNgan);
		JsonNode wholePlan = bacGiang.rates("");
		assertThat(wholePlan.get("byPeriod").get("Quý I").get("missing").asInt()).isEqualTo(3);
		assertThat(wholePlan.get("byUnitType").get("DISTRICT_HEALTH_CENTRE").get("expected").asInt()).isEqualTo(12);

		List<String> events = new ReportingEvents().ofPlanUntil(bacGiang.planId,
				"vn.health.report.accepted " + bacGiang.id("h1", tanYen),
				"vn.health.report.escalated " + bacGiang.id("h1", lucNgan));
		List<String> sixMonthEvents = events.stream().filter((line) -> line.contains(".h1.")).toList();
		assertThat(ReportingEvents.ofType(sixMonthEvents, "vn.health.report.due-soon")).hasSize(5);
		assertThat(ReportingEvents.ofType(sixMonthEvents, "vn.health.report.overdue")).hasSize(2);
		assertThat(ReportingEvents.ofType(sixMonthEvents, "vn.health.report.escalated"))
			.containsExactly("vn.health.report.escalated " + bacGiang.id("h1", lucNgan));
		assertThat(ReportingEvents.ofType(events, "vn.health.obligation.created")).hasSize(12);
	}

	/**
	 * Lạng Sơn, KH 2024: units report to the CDC (6 months before 15/6, the year before 15/11/2024), the CDC
	 * consolidates for the Sở (before 20/6 and 20/11/2024). For the year: Văn Lãng reports on time, the provincial
	 * hospital late, Cao Lộc never; the CDC sends its consolidation upward in one action, on time.
	 */
	@Test
	void langSonYearReportsRunUpTheChainToTheDepartmentOfHealth() {
		String run = UUID.randomUUID().toString().substring(0, 8);
		String syt = "syt-ls-" + run;
		String cdc = "cdc-ls-" + run;
		String vanLang = "ttyt-van-lang-" + run;
		String hospital = "bvdk-tinh-" + run;
		String caoLoc = "ttyt-cao-loc-" + run;
		Regime langSon = new Regime(api(), this.clock, "ls-2024-" + run);
		langSon.units(cdc, Map.of(vanLang, "DISTRICT_HEALTH_CENTRE", hospital, "HOSPITAL", caoLoc,
				"DISTRICT_HEALTH_CENTRE"), (unit) -> this.directory.supervisorOf(unit).isPresent());
		langSon.units(syt, Map.of(cdc, "PROVINCIAL_CDC"), (unit) -> this.directory.supervisorOf(unit).isPresent());
		List<String> units = List.of(vanLang, hospital, caoLoc);
		langSon.issue("KH-SYT/2024", (requirements) -> {
			Regime.requirement(requirements, "u6", "Báo cáo sơ kết 6 tháng", "2024-06-15", "6 tháng", cdc, null, units);
			Regime.requirement(requirements, "c6", "Dự thảo báo cáo sơ kết 6 tháng", "2024-06-20", "6 tháng", syt, "u6",
					List.of(cdc));
			Regime.requirement(requirements, "uy", "Báo cáo tổng kết năm 2024", "2024-11-15", "Năm", cdc, null, units);
			Regime.requirement(requirements, "cy", "Dự thảo báo cáo tổng kết năm 2024", "2024-11-20", "Năm", syt, "uy",
					List.of(cdc));
		}, 8);

		langSon.sweep("reminders", "2024-11-08T00:00:00+07:00");
		langSon.submit("uy", vanLang, "2024-11-12T08:30:00+07:00", 20, 5000);
		langSon.sweep("reminders", "2024-11-12T09:00:00+07:00");
		langSon.sweep("reminders", "2024-11-14T08:00:00+07:00");
		langSon.sweep("overdue", "2024-11-15T08:00:00+07:00");
		langSon.submit("uy", hospital, "2024-11-18T09:00:00+07:00", 4, 800);
		langSon.accept("uy", vanLang, cdc);
		langSon.accept("uy", hospital, cdc);
		this.clock.advanceTo(Regime.at("2024-11-19T09:00:00+07:00"));
		JsonHttp.Response consolidated = api().as(cdc)
			.post("/api/obligations/" + langSon.id("cy", cdc) + "/submissions/consolidated",
					"{\"narrative\": \"CDC Lạng Sơn tổng hợp báo cáo năm 2024\"}");
		assertThat(consolidated.status()).as(consolidated.toString()).isEqualTo(201);
		langSon.accept("cy", cdc, syt);
		// before 15/11 (Friday): late Fri 15, Mon 18, Tue 19, so escalated on Wednesday 20/11 at 08:00
		langSon.sweep("escalations", "2024-11-19T17:00:00+07:00");
		langSon.sweep("escalations", "2024-11-20T08:00:00+07:00");

		assertThat(langSon.obligation("uy", vanLang).get("reminders").get("sentDaysBefore").valueStream()
			.map(JsonNode::asInt)).containsExactly(7);
		assertThat(langSon.obligation("uy", caoLoc).get("reminders").get("sentDaysBefore").valueStream()
			.map(JsonNode::asInt)).containsExactly(7, 3, 1);
		JsonNode neverSent = langSon.obligation("uy", caoLoc);
		assertThat(neverSent.get("status").asString()).isEqualTo("OVERDUE");
		assertThat(neverSent.get("escalation").get("escalatedAt").asString()).isEqualTo("2024-11-20T01:00:00Z");
		assertThat(neverSent.get("escalation").get("supervisorUnitId").asString()).isEqualTo(cdc);
		JsonNode cdcReport = langSon.obligation("cy", cdc);
		assertThat(cdcReport.get("status").asString()).isEqualTo("ACCEPTED");
		assertThat(cdcReport.get("submissions").get(0).get("late").asBoolean()).isFalse();
		assertThat(cdcReport.get("submissions").get(0).get("indicators").get("so-luot-nguoi").asDouble())
			.isEqualTo(5800);
		assertThat(cdcReport.get("submissions").get(0).get("narrative").asString())
			.contains("2/3 đơn vị", "Chưa nộp: " + caoLoc + " (Quá hạn)");
		assertThat(cdcReport.get("escalation").get("escalatedAt").isNull()).isTrue();

		JsonNode unitsYear = langSon.rates("&requirement=uy");
		assertThat(unitsYear.get("completenessPercent").asDouble()).isEqualTo(66.7);
		assertThat(unitsYear.get("timelinessPercent").asDouble()).isEqualTo(33.3);
		assertThat(unitsYear.get("byUnitType").get("HOSPITAL").get("submittedLate").asInt()).isOne();
		assertThat(unitsYear.get("byUnitType").get("DISTRICT_HEALTH_CENTRE").get("missingUnitIds").get(0).asString())
			.isEqualTo(caoLoc);
		JsonNode cdcYear = langSon.rates("&requirement=cy");
		assertThat(cdcYear.get("timelinessPercent").asDouble()).isEqualTo(100.0);
		JsonNode sixMonths = langSon.rates("&period=6%20th%C3%A1ng");
		assertThat(sixMonths.get("expected").asInt()).isEqualTo(4);
		assertThat(sixMonths.get("missing").asInt()).isEqualTo(4);
	}

}
