package vn.health.servicekit.lgsp;

import java.time.Clock;

import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.data.mongodb.core.MongoTemplate;

import vn.health.servicekit.StoreForTests;
import vn.health.servicekit.lock.Leases;
import vn.health.servicekit.lock.MongoLeaseLockProvider;

import static org.assertj.core.api.Assertions.assertThat;

/** The adapter exists only where an LGSP is configured, and a configuration that could never send stops the start. */
class LgspAutoConfigurationTests {

	private final MongoTemplate mongo = StoreForTests.freshDatabase();

	private final ApplicationContextRunner service = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(LgspAutoConfiguration.class))
		.withBean(MongoTemplate.class, () -> this.mongo)
		.withBean(Clock.class, Clock::systemUTC)
		.withBean(Leases.class,
				() -> new Leases(new DefaultLockingTaskExecutor(new MongoLeaseLockProvider(this.mongo, "tests"))));

	@Test
	void withoutABaseUrlNothingOfTheAdapterExists() {
		this.service.withPropertyValues("platform.lgsp.base-url=", "platform.lgsp.api-key=k")
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(LgspSends.class)
				.doesNotHaveBean(LgspSweep.class));
	}

	@Test
	void withABaseUrlAndAnApiKeyTheAdapterIsThere() {
		this.service
			.withPropertyValues("platform.lgsp.base-url=http://lgsp.invalid", "platform.lgsp.auth=api-key",
					"platform.lgsp.api-key=k")
			.run((context) -> assertThat(context).hasSingleBean(LgspSends.class).hasSingleBean(LgspSweep.class));
	}

	@Test
	void clientCredentialsWithoutASecretRefuseToStart() {
		this.service
			.withPropertyValues("platform.lgsp.base-url=http://lgsp.invalid",
					"platform.lgsp.token-url=http://lgsp.invalid/token", "platform.lgsp.client-id=lgsp")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("LGSP_CLIENT_SECRET"));
	}

}
