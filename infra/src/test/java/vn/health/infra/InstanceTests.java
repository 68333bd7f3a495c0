package vn.health.infra;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Several instances of a service: how they are named and which the platform starts. */
class InstanceTests {

	@Test
	void theFirstInstanceIsNamedLikeItsComponentAndFurtherOnesByNumber() {
		assertThat(Instance.named("notification-service")).isEqualTo(Instance.first(Component.NOTIFICATION_SERVICE));
		assertThat(Instance.named("notification-service-2"))
			.isEqualTo(new Instance(Component.NOTIFICATION_SERVICE, 2));
		assertThat(Instance.named("auth-server").name()).isEqualTo("auth-server");
		assertThat(new Instance(Component.REPORTING_SERVICE, 12).name()).isEqualTo("reporting-service-12");
	}

	@Test
	void onlyAServiceRunsSeveralInstances() {
		assertThatIllegalArgumentException().isThrownBy(() -> Instance.named("gateway-2"));
		assertThatIllegalArgumentException().isThrownBy(() -> Instance.named("notification-service-0"));
		assertThatIllegalArgumentException().isThrownBy(() -> options().instances("kafka", 2));
		assertThatIllegalArgumentException().isThrownBy(() -> options().instances("plan-service", 0));
	}

	@Test
	void byDefaultEveryComponentRunsOnce() {
		PlatformOptions options = options().build();

		assertThat(options.instances()).extracting(Instance::name)
			.containsExactly("mongo", "kafka", "mail", "auth-server", "plan-service", "reporting-service",
					"calendar-service", "notification-service", "console", "gateway");
	}

	@Test
	void furtherInstancesFollowTheFirstEachOnItsOwnPort() {
		PlatformOptions options = options().only("mongo", "kafka", "reporting-service", "notification-service")
			.instances("notification-service", 2)
			.instances("reporting-service", 2)
			.build();

		assertThat(options.instances()).extracting(Instance::name)
			.containsExactly("mongo", "kafka", "reporting-service", "reporting-service-2", "notification-service",
					"notification-service-2");
		assertThat(options.httpPort(Instance.named("notification-service"))).isEqualTo(8084);
		assertThat(options.instances().stream().filter((instance) -> instance.component().isService())
			.map(options::httpPort)
			.distinct()).hasSize(4);
		assertThatIllegalArgumentException().isThrownBy(() -> options.httpPort(Instance.named("notification-service-3")))
			.withMessageContaining("notification-service runs 2 instance(s)");
	}

	@Test
	void eachInstanceWritesItsOwnLog() {
		PlatformOptions options = options().instances("notification-service", 2).build();
		ComponentSpecs specs = new ComponentSpecs(options);

		assertThat(specs.logFile(Instance.named("notification-service-2")))
			.isEqualTo(options.logDir().resolve("notification-service-2.log"));
		assertThat(specs.url(Instance.named("notification-service-2")))
			.isEqualTo("http://127.0.0.1:" + options.httpPort(Instance.named("notification-service-2")));
	}

	private static PlatformOptions.Builder options() {
		return PlatformOptions.builder(Path.of(".."), Path.of("target/data"));
	}

}
