package vn.health.infra.process;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Command lines that run a JVM of the same Java installation as the launcher. */
public final class JavaCommand {

	private static final Path SETSID = Path.of("/usr/bin/setsid");

	private JavaCommand() {
	}

	/** {@code java <jvmOptions> -cp <classpath> <mainClass> <args>}. */
	public static List<String> mainClass(String classpath, List<String> jvmOptions, String mainClass,
			String... args) {
		List<String> command = java(jvmOptions);
		command.addAll(List.of("-cp", classpath, mainClass));
		command.addAll(List.of(args));
		return command;
	}

	/** {@code java <jvmOptions> -jar <jar>}. */
	public static List<String> jar(Path jar, List<String> jvmOptions) {
		List<String> command = java(jvmOptions);
		command.addAll(List.of("-jar", jar.toString()));
		return command;
	}

	private static List<String> java(List<String> jvmOptions) {
		List<String> command = new ArrayList<>();
		// A session of its own keeps a terminal's Ctrl-C away from the child, so the launcher
		// alone receives it and can stop the processes in reverse order.
		if (Files.isExecutable(SETSID)) {
			command.add(SETSID.toString());
		}
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(jvmOptions);
		return command;
	}

}
