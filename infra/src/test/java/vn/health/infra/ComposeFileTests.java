package vn.health.infra;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;

/** Keeps docker-compose.yml and prometheus.yml in line with the modules they run. */
class ComposeFileTests {

	static final List<String> MODULES = List.of("gateway", "plan-service", "reporting-service", "calendar-service",
			"notification-service", "console");

	private final Map<String, Map<String, Object>> services = section(load("docker-compose.yml"), "services");

	@ParameterizedTest
	@FieldSource("MODULES")
	void everyModuleIsBuiltFromTheRootDockerfile(String module) {
		Map<String, Object> build = section(service(module), "build");

		assertThat(build).containsEntry("context", ".");
		assertThat(section(build, "args")).containsEntry("MODULE", module);
	}

	@ParameterizedTest
	@FieldSource("MODULES")
	void everyModuleListensOnItsDefaultPort(String module) {
		assertThat(serverPort(module)).isEqualTo(RepositoryFiles.defaultServerPort(module));
	}

	@ParameterizedTest
	@FieldSource("MODULES")
	void everyVariableComposeSetsIsReadByTheModule(String module) {
		assertThat(environment(module).keySet()).allSatisfy(
				variable -> assertThat(RepositoryFiles.moduleReads(module, variable))
					.as("%s reads ${%s} in its application.yml or the service-kit defaults", module, variable)
					.isTrue());
	}

	@Test
	void prometheusScrapesEveryModuleWhereComposeRunsIt() {
		List<Map<String, Object>> jobs = list(load("infra/prometheus.yml"), "scrape_configs");

		Set<String> targets = jobs.stream()
			.flatMap(job -> ComposeFileTests.<Map<String, Object>>list(job, "static_configs").stream())
			.flatMap(staticConfig -> ComposeFileTests.<String>list(staticConfig, "targets").stream())
			.collect(Collectors.toSet());

		assertThat(jobs).allSatisfy(job -> assertThat(job).containsEntry("metrics_path", "/actuator/prometheus"));
		assertThat(targets).containsExactlyInAnyOrderElementsOf(
				MODULES.stream().map(module -> module + ":" + serverPort(module)).toList());
	}

	@Test
	void gatewayReachesEachServiceAndTheConsoleWhereComposeRunsThem() {
		Map<String, URI> serviceUrls = environment("gateway").entrySet()
			.stream()
			.filter(variable -> variable.getKey().endsWith("_SERVICE_URL") || variable.getKey().equals("CONSOLE_URL"))
			.collect(Collectors.toMap(Map.Entry::getKey, variable -> URI.create(variable.getValue())));

		assertThat(serviceUrls.values()).extracting(URI::getHost)
			.containsExactlyInAnyOrderElementsOf(MODULES.stream().filter(m -> !m.equals("gateway")).toList());
		assertThat(serviceUrls.values())
			.allSatisfy(url -> assertThat(url.getPort()).as(url.toString()).isEqualTo(serverPort(url.getHost())));
	}

	private Map<String, Object> service(String name) {
		assertThat(services).as("compose services").containsKey(name);
		return services.get(name);
	}

	private Map<String, String> environment(String service) {
		return section(service(service), "environment").entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, variable -> String.valueOf(variable.getValue())));
	}

	private int serverPort(String service) {
		return Integer.parseInt(environment(service).get("SERVER_PORT"));
	}

	private static Map<String, Object> load(String relativePath) {
		return new Yaml().load(RepositoryFiles.read(relativePath));
	}

	@SuppressWarnings("unchecked")
	private static <V> Map<String, V> section(Map<String, ?> parent, String key) {
		assertThat(parent).as("YAML section '%s'", key).containsKey(key);
		return (Map<String, V>) parent.get(key);
	}

	@SuppressWarnings("unchecked")
	private static <E> List<E> list(Map<String, ?> parent, String key) {
		assertThat(parent).as("YAML list '%s'", key).containsKey(key);
		return (List<E>) parent.get(key);
	}

}
