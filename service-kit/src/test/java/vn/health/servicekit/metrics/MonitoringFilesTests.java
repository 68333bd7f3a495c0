package vn.health.servicekit.metrics;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Grafana dashboard and the alert rules parse, and query only names listed in {@code metric-names.txt};
 * {@link PlatformMetricsTests} checks the list's service-kit names against a real scrape.
 */
class MonitoringFilesTests {

	@Test
	void namesAreReadFromPromqlWithoutFunctionsLabelsOrRanges() {
		assertThat(MonitoringFiles.metricNames(
				"histogram_quantile(0.99, sum by (application, le) (rate(http_server_requests_seconds_bucket{application=~\"a|b\", status!=\"5xx\"}[5m]))) > 0.5 and on (job) up == 1"))
			.containsExactly("http_server_requests_seconds_bucket", "up");
	}

	@Test
	void theDashboardParsesAndEveryPanelQueriesAKnownMetricFromTheProvisionedDatasource() {
		JsonNode dashboard = MonitoringFiles.dashboard();

		assertThat(dashboard.get("uid").asString()).isNotBlank();
		assertThat(dashboard.get("panels").values()).filteredOn((panel) -> panel.has("targets"))
			.hasSizeGreaterThanOrEqualTo(15)
			.allSatisfy((panel) -> assertThat(panel.get("datasource").get("uid").asString()).isEqualTo("prometheus"));
		assertThat(namesIn(MonitoringFiles.dashboardQueries())).isSubsetOf(allKnownNames());
	}

	@Test
	void everyAlertRuleHasANameASeverityASummaryAndQueriesKnownMetrics() {
		List<Map<String, Object>> rules = MonitoringFiles.rules();

		assertThat(rules).extracting((rule) -> rule.get("alert"))
			.contains("ServiceDown", "ConsumerLagHigh", "DeadLettersGrowing", "OutboxBacklog", "CircuitBreakerOpen",
					"SweepNotRunning");
		assertThat(rules).allSatisfy((rule) -> {
			assertThat(rule).extractingByKey("labels").asInstanceOf(InstanceOfAssertFactories.MAP).containsKey("severity");
			assertThat(rule).extractingByKey("annotations")
				.asInstanceOf(InstanceOfAssertFactories.MAP)
				.containsKey("summary");
		});
		assertThat(namesIn(MonitoringFiles.ruleQueries())).isSubsetOf(allKnownNames());
	}

	@Test
	void theListHoldsNoNameThatNothingQueries() {
		Set<String> queried = namesIn(
				Stream.concat(MonitoringFiles.dashboardQueries().stream(), MonitoringFiles.ruleQueries().stream())
					.toList());

		assertThat(allKnownNames()).isSubsetOf(queried);
	}

	private static Set<String> namesIn(Collection<String> queries) {
		Set<String> names = new TreeSet<>();
		queries.forEach((query) -> names.addAll(MonitoringFiles.metricNames(query)));
		return names;
	}

	private static Set<String> allKnownNames() {
		Set<String> names = new TreeSet<>();
		MonitoringFiles.knownNames().values().forEach(names::addAll);
		return names;
	}

}
