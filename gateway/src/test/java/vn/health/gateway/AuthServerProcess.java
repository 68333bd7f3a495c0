package vn.health.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;

import org.awaitility.Awaitility;

import vn.health.testkit.JsonHttp;

/**
 * The real embedded issuer, started from the auth-server module's jar as {@code ./platform} starts it (its
 * development defaults: users' password {@code demo}, the console's secret), with a short access-token lifetime.
 */
final class AuthServerProcess {

	private final Process process;

	private final String url;

	private AuthServerProcess(Process process, String url) {
		this.process = process;
		this.url = url;
	}

	/** @param gatewayUrl where the console client's sign-ins come back to ({@code /login/oauth2/code/console}) */
	static AuthServerProcess start(String gatewayUrl, Duration accessTokenTtl) {
		int port = freePort();
		String url = "http://127.0.0.1:" + port;
		ProcessBuilder builder = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-jar",
				jar().toString(), "--auth.access-token-ttl=" + accessTokenTtl)
			.redirectErrorStream(true)
			.redirectOutput(Path.of("target", "auth-server-process.log").toFile());
		builder.environment()
			.putAll(Map.of("SERVER_PORT", String.valueOf(port), "AUTH_DEMO", "true", "AUTH_ISSUER", url,
					"CONSOLE_REDIRECT_URIS", gatewayUrl + "/login/oauth2/code/console", "CONSOLE_POST_LOGOUT_URI",
					gatewayUrl + "/"));
		AuthServerProcess issuer = new AuthServerProcess(start(builder), url);
		// Also when the test class never gets to stop it (a failed start, an aborted run).
		Runtime.getRuntime().addShutdownHook(new Thread(issuer::stop));
		try {
			Awaitility.await("auth-server at " + url + " (target/auth-server-process.log)")
				.atMost(Duration.ofMinutes(3))
				.pollInterval(Duration.ofMillis(250))
				.ignoreExceptions()
				.failFast("auth-server exited (target/auth-server-process.log)", () -> !issuer.process.isAlive())
				.until(() -> new JsonHttp(url).get("/actuator/health").status() == 200);
			return issuer;
		}
		catch (RuntimeException ex) {
			issuer.stop();
			throw ex;
		}
	}

	private static Process start(ProcessBuilder builder) {
		try {
			return builder.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	String url() {
		return this.url;
	}

	void stop() {
		this.process.destroy();
	}

	static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Built before this module (the pom's build-order dependency); the surefire working directory is the module's. */
	private static Path jar() {
		try (Stream<Path> files = Files.list(Path.of("..", "auth-server", "target"))) {
			return files.filter((file) -> file.getFileName().toString().matches("auth-server-.*\\.jar"))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("No auth-server jar: build auth-server first"));
		}
		catch (IOException ex) {
			throw new IllegalStateException("No auth-server/target: build auth-server first", ex);
		}
	}

}
