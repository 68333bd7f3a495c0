package vn.health.infra;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/** What the launcher tells each service and the gateway, and that they listen to it. */
class ServiceEnvironmentTests {

	private final ServiceEnvironment environment = new ServiceEnvironment(options().build());

	@ParameterizedTest
	@EnumSource(value = Component.class, names = { "MONGO", "KAFKA", "MAIL" }, mode = EnumSource.Mode.EXCLUDE)
	void everyVariableTheLauncherSetsIsReadByTheModule(Component application) {
		assertThat(environment.of(Instance.first(application)).keySet()).allSatisfy(
				variable -> assertThat(RepositoryFiles.moduleReads(application.id(), variable))
					.as("%s reads ${%s}", application.id(), variable)
					.isTrue());
	}

	@ParameterizedTest
	@EnumSource(value = Component.class, names = { "MONGO", "KAFKA", "MAIL" }, mode = EnumSource.Mode.EXCLUDE)
	void defaultPortsAreTheModulesOwnDefaults(Component application) {
		assertThat(Ports.defaults().http(application)).isEqualTo(RepositoryFiles.defaultServerPort(application.id()));
	}

	@Test
	void eachServiceKeepsItsDataInItsOwnDatabaseOnTheMongoWireServer() {
		assertThat(environment.of(Instance.first(Component.REPORTING_SERVICE)))
			.containsEntry("MONGODB_URI", "mongodb://127.0.0.1:27018/reporting")
			.containsEntry("MONGO_HEALTH_PING", "true")
			.containsEntry("KAFKA_BOOTSTRAP", "127.0.0.1:19092");
	}

	@Test
	void everyServiceChecksTokensOfTheEmbeddedIssuer() {
		for (Component service : new Component[] { Component.PLAN_SERVICE, Component.REPORTING_SERVICE,
				Component.CALENDAR_SERVICE, Component.NOTIFICATION_SERVICE }) {
			assertThat(environment.of(Instance.first(service))).as(service.id())
				.containsEntry("PLATFORM_SECURITY_ENABLED", "true")
				.containsEntry("OIDC_ISSUER_URI", "http://127.0.0.1:9000");
		}
	}

	@Test
	void planServiceSeedsTheDemoProvince() {
		assertThat(environment.of(Instance.first(Component.PLAN_SERVICE))).containsEntry("DEMO_SEED", "true");
	}

	@Test
	void notificationServiceMailsThroughTheDevMailServerUnlessAnotherIsGiven() {
		PlatformOptions external = options().externalSmtp("smtp.example.org", 587).build();

		assertThat(environment.of(Instance.first(Component.NOTIFICATION_SERVICE))).containsEntry("SMTP_HOST", "127.0.0.1")
			.containsEntry("SMTP_PORT", "3025");
		assertThat(new ServiceEnvironment(external).of(Instance.first(Component.NOTIFICATION_SERVICE)))
			.containsEntry("SMTP_HOST", "smtp.example.org")
			.containsEntry("SMTP_PORT", "587");
		assertThat(external.components()).doesNotContain(Component.MAIL);
	}

	@Test
	void noticesLinkToTheConsoleThroughTheGateway() {
		assertThat(environment.of(Instance.first(Component.NOTIFICATION_SERVICE)))
			.containsEntry("CONSOLE_BASE_URL", "http://127.0.0.1:8080");
	}

	@Test
	void gatewayFindsEachServiceOnItsPort() {
		assertThat(environment.of(Instance.first(Component.GATEWAY))).containsAllEntriesOf(Map.of("SERVER_PORT", "8080",
				"PLAN_SERVICE_URL", "http://127.0.0.1:8081", "REPORTING_SERVICE_URL", "http://127.0.0.1:8082",
				"CALENDAR_SERVICE_URL", "http://127.0.0.1:8083", "NOTIFICATION_SERVICE_URL", "http://127.0.0.1:8084"));
	}

	@Test
	void theAuthServerIsTheEmbeddedDemoIssuerWithItsKeysInTheDataFolder() {
		assertThat(environment.of(Instance.first(Component.AUTH_SERVER))).containsEntry("SERVER_PORT", "9000")
			.containsEntry("AUTH_DEMO", "true")
			.containsEntry("AUTH_ISSUER", "http://127.0.0.1:9000")
			.containsEntry("AUTH_KEYS_FILE", Path.of("target/data/auth/signing-keys.json").toAbsolutePath().toString())
			.containsEntry("CONSOLE_POST_LOGOUT_URI", "http://127.0.0.1:8080/");
		assertThat(environment.of(Instance.first(Component.AUTH_SERVER)).get("CONSOLE_REDIRECT_URIS").split(","))
			.contains("http://127.0.0.1:8080/login/oauth2/code/console");
	}

	@ParameterizedTest
	@EnumSource(value = Component.class, names = { "PLAN_SERVICE", "REPORTING_SERVICE", "CALENDAR_SERVICE",
			"NOTIFICATION_SERVICE", "GATEWAY" })
	void theGatewayAndEveryServiceKnowTheIssuer(Component application) {
		assertThat(environment.of(Instance.first(application))).containsEntry("OIDC_ISSUER_URI",
				environment.of(Instance.first(Component.AUTH_SERVER)).get("AUTH_ISSUER"));
	}

	@Test
	void extraVariablesOverrideTheDefaults() {
		PlatformOptions options = options().environment("plan-service", "DEMO_SEED", "false").build();

		assertThat(new ServiceEnvironment(options).of(Instance.first(Component.PLAN_SERVICE))).containsEntry("DEMO_SEED", "false");
	}

	@Test
	void furtherInstancesOfAServiceDifferOnlyInTheirPort() {
		PlatformOptions options = options().instances("notification-service", 3)
			.environment("notification-service", "MAIL_FROM", "canh-bao@demo.syt.vn")
			.build();
		ServiceEnvironment twice = new ServiceEnvironment(options);
		Map<String, String> first = twice.of(Instance.named("notification-service"));
		Map<String, String> second = twice.of(Instance.named("notification-service-2"));
		Map<String, String> third = twice.of(Instance.named("notification-service-3"));

		assertThat(first).containsEntry("SERVER_PORT", "8084").containsEntry("MAIL_FROM", "canh-bao@demo.syt.vn");
		assertThat(Set.of(first.get("SERVER_PORT"), second.get("SERVER_PORT"), third.get("SERVER_PORT"))).hasSize(3);
		for (Map<String, String> further : List.of(second, third)) {
			Map<String, String> samePort = new HashMap<>(further);
			samePort.put("SERVER_PORT", "8084");
			assertThat(samePort).isEqualTo(first);
		}
	}

	private static PlatformOptions.Builder options() {
		return PlatformOptions.builder(Path.of(".."), Path.of("target/data"));
	}

}
