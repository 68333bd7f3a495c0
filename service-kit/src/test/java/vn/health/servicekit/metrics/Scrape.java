package vn.health.servicekit.metrics;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import vn.health.testkit.JsonHttp;

/** What Prometheus reads from a service: {@code /actuator/prometheus} in the text format. */
record Scrape(String text) {

	private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)[{ ]");

	static Scrape of(int port) {
		JsonHttp.Response response = new JsonHttp("http://localhost:" + port).get("/actuator/prometheus",
				Map.of("Accept", "text/plain"));
		if (response.status() != 200) {
			throw new IllegalStateException("Scrape failed: " + response);
		}
		return new Scrape(response.body());
	}

	/** The names of the series in the scrape (comment lines skipped). */
	Set<String> seriesNames() {
		return this.text.lines()
			.map(SAMPLE::matcher)
			.filter(java.util.regex.Matcher::find)
			.map((matcher) -> matcher.group(1))
			.collect(Collectors.toCollection(java.util.TreeSet::new));
	}

}
