package vn.health.console.api;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code console.*}.
 *
 * @param apiBaseUrl the platform's public API ({@code PLATFORM_API_URL}), the gateway by default
 */
@ConfigurationProperties("console")
public record ConsoleApiProperties(URI apiBaseUrl) {

}
