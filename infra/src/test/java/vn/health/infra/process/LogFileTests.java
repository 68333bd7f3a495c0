package vn.health.infra.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class LogFileTests {

	@TempDir
	Path dir;

	@Test
	void tailShowsOnlyTheCurrentRun() throws IOException {
		Path path = dir.resolve("plan-service.log");
		LogFile.startRun(path, "plan-service");
		append(path, "old run\n");

		LogFile current = LogFile.startRun(path, "plan-service");
		append(path, "line 1\nline 2\nline 3\n");

		assertThat(current.tail(2)).containsExactly("line 2", "line 3");
		assertThat(current.tail(40)).containsExactly("line 1", "line 2", "line 3");
	}

	private static void append(Path path, String text) throws IOException {
		Files.writeString(path, text, StandardOpenOption.APPEND);
	}

}
