package vn.health.reporting;

import org.junit.jupiter.api.AfterEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.health.testkit.KafkaTestClient;
import vn.health.testkit.SharedInfrastructure;

/**
 * What every integration test class shares: the service on the real broker and store ({@link ReportingServiceTest};
 * test classes extend this one and add no configuration of their own, so all of them share one Spring context), its
 * API as a unit's user calls it, the broker to send events with, and the clock, put back to
 * {@link ReportingServiceTest#NOW} after each test.
 */
@ReportingServiceTest
public abstract class IntegrationTestSupport {

	@LocalServerPort
	protected int port;

	@Autowired
	protected TestClock clock;

	protected final KafkaTestClient kafka = new KafkaTestClient(SharedInfrastructure.get().kafkaBootstrap());

	/** The API as an administrator of the Sở calls it; {@code api().as(unit)} for a unit's user. */
	protected ReportingApi api() {
		return new ReportingApi(this.port);
	}

	@AfterEach
	void putTheClockBack() {
		this.clock.reset();
	}

}
