package vn.health.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Files of the repository this module lives in, for tests that keep them in line with each other. */
final class RepositoryFiles {

	private static final Pattern SERVER_PORT_DEFAULT = Pattern.compile("\\$\\{SERVER_PORT:(\\d+)}");

	private RepositoryFiles() {
	}

	/** The folder holding {@code mvnw}, found from the working directory up. */
	static Path root() {
		for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			if (Files.exists(dir.resolve("mvnw"))) {
				return dir;
			}
		}
		throw new IllegalStateException("No mvnw above " + Path.of("").toAbsolutePath());
	}

	static String read(String relativePath) {
		try {
			return Files.readString(root().resolve(relativePath));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String applicationYml(String module) {
		return read(module + "/src/main/resources/application.yml");
	}

	/** Whether the module's configuration, or the defaults every service shares, reads the variable. */
	static boolean moduleReads(String module, String variable) {
		String placeholder = "${" + variable;
		return applicationYml(module).contains(placeholder)
				|| read("service-kit/src/main/resources/service-kit-defaults.yml").contains(placeholder);
	}

	/** The port in the module's {@code server.port: ${SERVER_PORT:8081}}. */
	static int defaultServerPort(String module) {
		Matcher matcher = SERVER_PORT_DEFAULT.matcher(applicationYml(module));
		if (!matcher.find()) {
			throw new AssertionError(module + "'s application.yml has no server.port: ${SERVER_PORT:<port>}");
		}
		return Integer.parseInt(matcher.group(1));
	}

}
