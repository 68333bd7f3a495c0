package vn.health.servicekit.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * Adds {@code service-kit-defaults.yml} below every other property source, so each service's own
 * {@code application.yml} stays a few lines and may still override any default. Also maps the standard
 * OpenTelemetry variable {@value #OTEL_ENDPOINT} to Boot's trace exporter endpoint: traces are exported only when
 * one of the two is set.
 */
class ServiceKitDefaults implements EnvironmentPostProcessor {

	static final String OTEL_ENDPOINT = "OTEL_EXPORTER_OTLP_ENDPOINT";

	static final String TRACE_ENDPOINT = "management.opentelemetry.tracing.export.otlp.endpoint";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String otel = environment.getProperty(OTEL_ENDPOINT);
		if (otel != null && !otel.isBlank() && !environment.containsProperty(TRACE_ENDPOINT)) {
			// The variable names the collector; over OTLP/HTTP each signal has its own path below it.
			environment.getPropertySources()
				.addLast(new MapPropertySource("otel-exporter-endpoint",
						Map.of(TRACE_ENDPOINT, otel.replaceAll("/+$", "") + "/v1/traces")));
		}
		try {
			for (PropertySource<?> source : new YamlPropertySourceLoader().load("service-kit-defaults",
					new ClassPathResource("service-kit-defaults.yml"))) {
				environment.getPropertySources().addLast(source);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
