package vn.health.servicekit.metrics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The monitoring files in {@code infra/} and the metric names their PromQL queries. */
final class MonitoringFiles {

	static final Path INFRA = Path.of("..", "infra");

	static final Path DASHBOARD = INFRA.resolve("grafana/dashboards/platform.json");

	static final Path RULES = INFRA.resolve("prometheus/rules/platform-alerts.yml");

	static final Path NAMES = INFRA.resolve("prometheus/metric-names.txt");

	private static final Set<String> PROMQL_WORDS = Set.of("by", "without", "on", "ignoring", "group_left",
			"group_right", "and", "or", "unless", "bool", "offset");

	private static final Pattern IDENTIFIER = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");

	private MonitoringFiles() {
	}

	static JsonNode dashboard() {
		return JsonMapper.builder().build().readTree(read(DASHBOARD));
	}

	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> rules() {
		Map<String, Object> file = new Yaml().load(read(RULES));
		return ((List<Map<String, Object>>) file.get("groups")).stream()
			.flatMap((group) -> ((List<Map<String, Object>>) group.get("rules")).stream())
			.toList();
	}

	static List<String> dashboardQueries() {
		return dashboard().get("panels")
			.values()
			.stream()
			.filter((panel) -> panel.has("targets"))
			.flatMap((panel) -> panel.get("targets").values().stream())
			.map((target) -> target.get("expr").asString())
			.toList();
	}

	static List<String> ruleQueries() {
		return rules().stream().map((rule) -> String.valueOf(rule.get("expr"))).toList();
	}

	/** The sections of {@code metric-names.txt}: {@code [service-kit]}, {@code [services]}, {@code [prometheus]}. */
	static Map<String, Set<String>> knownNames() {
		Map<String, Set<String>> sections = new LinkedHashMap<>();
		Set<String> current = null;
		for (String line : read(NAMES).lines().map(String::strip).toList()) {
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			if (line.startsWith("[")) {
				current = sections.computeIfAbsent(line.substring(1, line.length() - 1), (name) -> new TreeSet<>());
			}
			else if (current != null) {
				current.add(line);
			}
			else {
				throw new IllegalStateException(NAMES + ": a name before any section: " + line);
			}
		}
		return sections;
	}

	/**
	 * The metric names a PromQL expression reads: identifiers left once strings, label matchers, grouping
	 * clauses and ranges are taken out, other than function names (followed by a parenthesis) and keywords.
	 */
	static Set<String> metricNames(String promql) {
		String bare = promql.replaceAll("\"(\\\\.|[^\"\\\\])*\"", "\"\"")
			.replaceAll("\\{[^}]*}", " ")
			.replaceAll("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)", " ")
			.replaceAll("\\[[^]]*]", " ");
		Set<String> names = new TreeSet<>();
		Matcher matcher = IDENTIFIER.matcher(bare);
		while (matcher.find()) {
			String rest = bare.substring(matcher.end()).stripLeading();
			boolean function = rest.startsWith("(");
			boolean number = matcher.start() > 0 && Character.isDigit(bare.charAt(matcher.start() - 1));
			if (!function && !number && !PROMQL_WORDS.contains(matcher.group())) {
				names.add(matcher.group());
			}
		}
		return names;
	}

	private static String read(Path path) {
		try {
			return Files.readString(path);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
