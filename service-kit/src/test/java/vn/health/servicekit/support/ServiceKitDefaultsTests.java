package vn.health.servicekit.support;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceKitDefaultsTests {

	@Test
	void theStandardOpenTelemetryVariableTurnsTraceExportOnWithTheTracesPath() {
		MockEnvironment environment = new MockEnvironment()
			.withProperty(ServiceKitDefaults.OTEL_ENDPOINT, "http://otel-collector:4318/");

		process(environment);

		assertThat(environment.getProperty(ServiceKitDefaults.TRACE_ENDPOINT))
			.isEqualTo("http://otel-collector:4318/v1/traces");
	}

	@Test
	void anEndpointSetInTheServicesPropertiesWins() {
		MockEnvironment environment = new MockEnvironment()
			.withProperty(ServiceKitDefaults.OTEL_ENDPOINT, "http://otel-collector:4318")
			.withProperty(ServiceKitDefaults.TRACE_ENDPOINT, "http://tempo:4318/v1/traces");

		process(environment);

		assertThat(environment.getProperty(ServiceKitDefaults.TRACE_ENDPOINT)).isEqualTo("http://tempo:4318/v1/traces");
	}

	@Test
	void withoutEitherNoEndpointIsSetSoNothingIsExported() {
		MockEnvironment environment = new MockEnvironment();

		process(environment);

		assertThat(environment.containsProperty(ServiceKitDefaults.TRACE_ENDPOINT)).isFalse();
		assertThat(environment.getProperty("management.otlp.metrics.export.enabled")).isEqualTo("false");
	}

	private static void process(MockEnvironment environment) {
		new ServiceKitDefaults().postProcessEnvironment(environment, new SpringApplication());
	}

}
