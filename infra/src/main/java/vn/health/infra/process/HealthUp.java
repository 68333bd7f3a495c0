package vn.health.infra.process;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.regex.Pattern;

/** Ready once a Spring Boot actuator health endpoint answers 200 with status UP. */
public final class HealthUp implements Readiness {

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

	private static final Pattern STATUS_UP = Pattern.compile("\"status\"\\s*:\\s*\"UP\"");

	private final HttpRequest request;

	public HealthUp(URI baseUrl) {
		this.request = HttpRequest.newBuilder(baseUrl.resolve("/actuator/health"))
			.timeout(Duration.ofSeconds(2))
			.GET()
			.build();
	}

	@Override
	public boolean check() {
		try {
			var response = http.send(request, BodyHandlers.ofString());
			return response.statusCode() == 200 && STATUS_UP.matcher(response.body()).find();
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

}
