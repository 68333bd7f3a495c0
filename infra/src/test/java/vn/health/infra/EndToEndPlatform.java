package vn.health.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import org.springframework.util.FileSystemUtils;

import vn.health.infra.mail.LocalMailServer;

/**
 * The whole platform (every process from the jars the build made) with GreenMail as its SMTP server, started once
 * per test run for the end-to-end classes that take it as a {@code @BeforeAll} parameter through {@link Shared}.
 * On two cores each start took minutes; one start for all of them is the point. Its settings are what every such
 * class needs, and each class's scenario keeps to its own units and plans, so none depends on which ran before.
 * The classes are ordered last ({@code junit-platform.properties}): it runs until the end of the run, and must not
 * share the machine with another class's platform.
 */
record EndToEndPlatform(Platform platform, GreenMail mail) implements AutoCloseable {

	/** Under target/, not a temporary folder: after a failure the processes' logs are there to read. */
	static final Path DATA_DIR = RepositoryFiles.root().resolve("infra/target/e2e");

	private static EndToEndPlatform start() {
		try {
			FileSystemUtils.deleteRecursively(DATA_DIR);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		GreenMail mail = LocalMailServer.on(ServerSetupTest.SMTP.dynamicPort());
		mail.start();
		try {
			Platform platform = new Platform(PlatformOptions.builder(RepositoryFiles.root(), DATA_DIR)
				.ports(Ports.free())
				.externalSmtp("127.0.0.1", mail.getSmtp().getPort())
				// CI may run at night in Vietnam, when quiet hours would hold the e-mail until 07:30.
				.environment("notification-service", "NOTIFICATION_QUIETHOURS_OVERDUEALERTURGENT", "true")
				// Two shared cores, beside other builds: the services starting side by side took up to 5 minutes.
				.readyTimeout(Duration.ofSeconds(360))
				// An access line per request, with its start and duration, in logs/gateway.log and the console's own
				// access_log: a page that hangs is set beside them and the browser's network log (browser/).
				.environment("gateway", "JAVA_TOOL_OPTIONS", "-Dreactor.netty.http.server.accessLogEnabled=true")
				.environment("console", "SERVER_TOMCAT_ACCESSLOG_ENABLED", "true")
				.environment("console", "SERVER_TOMCAT_ACCESSLOG_DIRECTORY", DATA_DIR.resolve("logs").toString())
				.environment("console", "SERVER_TOMCAT_ACCESSLOG_PATTERN",
						"%{yyyy-MM-dd'T'HH:mm:ss.SSS}t %a \"%r\" %s %b %{ms}T ms")
				.build());
			platform.start();
			return new EndToEndPlatform(platform, mail);
		}
		catch (RuntimeException ex) {
			mail.stop();
			throw ex;
		}
	}

	@Override
	public void close() {
		platform.close();
		mail.stop();
	}

	/**
	 * Starts the platform when a class first asks for it and keeps it in the root store, which closes it when the
	 * whole run ends (infra's test classes share one JVM).
	 */
	static final class Shared implements ParameterResolver {

		private static final Namespace NAMESPACE = Namespace.create(EndToEndPlatform.class);

		@Override
		public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
			return parameter.getParameter().getType() == EndToEndPlatform.class;
		}

		@Override
		public EndToEndPlatform resolveParameter(ParameterContext parameter, ExtensionContext context) {
			return context.getRoot()
				.getStore(NAMESPACE)
				.computeIfAbsent(EndToEndPlatform.class, (key) -> start(), EndToEndPlatform.class);
		}

	}

}
