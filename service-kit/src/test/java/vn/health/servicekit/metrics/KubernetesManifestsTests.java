package vn.health.servicekit.metrics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;

/** The manifests in {@code infra/k8s} parse and run every module the way docs/scaling.md describes. */
class KubernetesManifestsTests {

	private static final Path K8S = MonitoringFiles.INFRA.resolve("k8s");

	private static final List<String> MODULES = List.of("plan-service", "reporting-service", "calendar-service",
			"notification-service", "gateway", "auth-server", "console");

	@Test
	void everyFileParsesAndTheKustomizationListsEachOne() {
		List<String> files = yamlFiles().map((file) -> file.getFileName().toString())
			.filter((name) -> !name.equals("kustomization.yaml"))
			.toList();

		assertThat(documents()).allSatisfy((document) -> assertThat(document).containsKeys("apiVersion", "kind"));
		assertThat(list(load(K8S.resolve("kustomization.yaml")).get(0), "resources"))
			.containsExactlyInAnyOrderElementsOf(files);
	}

	@Test
	void everyModuleRunsSeveralReplicasWithHealthGroupProbesAndLimits() {
		assertThat(byKind("Deployment")).extracting((deployment) -> map(deployment, "metadata").get("name"))
			.containsExactlyInAnyOrderElementsOf(MODULES);
		assertThat(byKind("Service")).extracting((service) -> map(service, "metadata").get("name"))
			.containsAll(MODULES);
		assertThat(byKind("Deployment")).allSatisfy((deployment) -> {
			assertThat((Integer) map(deployment, "spec").get("replicas")).isGreaterThanOrEqualTo(2);
			Map<String, Object> container = container(deployment);
			assertThat(probePath(container, "readinessProbe")).isEqualTo("/actuator/health/readiness");
			assertThat(probePath(container, "livenessProbe")).isEqualTo("/actuator/health/liveness");
			assertThat(map(map(container, "resources"), "requests")).containsKeys("cpu", "memory");
			assertThat(map(map(container, "resources"), "limits")).containsKey("memory");
		});
	}

	@Test
	void everyConfigKeyAPodReadsExistsAndEverySecretIsDocumented() {
		Map<String, Object> config = map(byKind("ConfigMap").get(0), "data");
		String readme = read(K8S.resolve("README.md"));
		List<Map<String, Object>> references = new ArrayList<>();
		byKind("Deployment").forEach((deployment) -> list(container(deployment), "env").stream()
			.map(KubernetesManifestsTests::asMap)
			.map((env) -> env.get("valueFrom"))
			.filter(Objects::nonNull)
			.map(KubernetesManifestsTests::asMap)
			.forEach(references::add));

		assertThat(references).filteredOn((reference) -> reference.containsKey("configMapKeyRef"))
			.allSatisfy((reference) -> assertThat(config).containsKey(map(reference, "configMapKeyRef").get("key").toString()))
			.isNotEmpty();
		assertThat(references).filteredOn((reference) -> reference.containsKey("secretKeyRef"))
			.allSatisfy((reference) -> {
				Map<String, Object> secret = map(reference, "secretKeyRef");
				assertThat(readme).contains("create secret generic " + secret.get("name"), secret.get("key") + "=");
			})
			.isNotEmpty();
		assertThat(config.values()).noneMatch((value) -> value.toString().toLowerCase().contains("password"));
	}

	@Test
	void everyEventTopicHasAtLeastAsManyPartitionsAsTheLargestConsumerGroup() {
		int replicas = byKind("Deployment").stream()
			.mapToInt((deployment) -> (Integer) map(deployment, "spec").get("replicas"))
			.max()
			.orElseThrow();
		Matcher partitions = Pattern.compile("--partitions (\\d+)").matcher(read(K8S.resolve("topics.yaml")));

		int found = 0;
		while (partitions.find()) {
			assertThat(Integer.parseInt(partitions.group(1))).isGreaterThanOrEqualTo(replicas);
			found++;
		}
		assertThat(found).isEqualTo(2);
		assertThat(byKind("StatefulSet")).extracting((set) -> map(set, "spec").get("replicas")).containsOnly(3);
	}

	private static String probePath(Map<String, Object> container, String probe) {
		return map(map(container, probe), "httpGet").get("path").toString();
	}

	private static Map<String, Object> container(Map<String, Object> deployment) {
		return asMap(list(map(map(map(deployment, "spec"), "template"), "spec"), "containers").get(0));
	}

	private static List<Map<String, Object>> byKind(String kind) {
		return documents().stream().filter((document) -> kind.equals(document.get("kind"))).toList();
	}

	private static List<Map<String, Object>> documents() {
		return yamlFiles().filter((file) -> !file.endsWith("kustomization.yaml"))
			.flatMap((file) -> load(file).stream())
			.toList();
	}

	private static Stream<Path> yamlFiles() {
		try (Stream<Path> files = Files.list(K8S)) {
			return files.filter((file) -> file.toString().endsWith(".yaml")).sorted().toList().stream();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<Map<String, Object>> load(Path file) {
		List<Map<String, Object>> documents = new ArrayList<>();
		new Yaml().loadAll(read(file)).forEach((document) -> documents.add(asMap(document)));
		return documents;
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> asMap(Object value) {
		return (Map<String, Object>) value;
	}

	private static Map<String, Object> map(Map<String, Object> parent, String key) {
		return asMap(parent.get(key));
	}

	@SuppressWarnings("unchecked")
	private static List<Object> list(Map<String, Object> parent, String key) {
		return (List<Object>) parent.get(key);
	}

}
