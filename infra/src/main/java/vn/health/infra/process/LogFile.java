package vn.health.infra.process;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** A process's log file, appended to on every start; remembers where the current run began. */
public final class LogFile {

	private static final int MAX_TAIL_BYTES = 64 * 1024;

	private final Path path;

	private final long runStart;

	private LogFile(Path path, long runStart) {
		this.path = path;
		this.runStart = runStart;
	}

	/** Opens the log for a new run, marking where it begins. */
	public static LogFile startRun(Path path, String name) throws IOException {
		Files.createDirectories(path.getParent());
		String banner = "%n===== %s starting at %s =====%n".formatted(name, Instant.now());
		Files.writeString(path, banner, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
		return new LogFile(path, Files.size(path));
	}

	public Path path() {
		return path;
	}

	/** The last lines written since this run began. */
	public List<String> tail(int lines) {
		try (RandomAccessFile file = new RandomAccessFile(path.toFile(), "r")) {
			long from = Math.max(runStart, file.length() - MAX_TAIL_BYTES);
			byte[] bytes = new byte[(int) (file.length() - from)];
			file.seek(from);
			file.readFully(bytes);
			List<String> all = Arrays.asList(new String(bytes, StandardCharsets.UTF_8).split("\\R"));
			return all.subList(Math.max(0, all.size() - lines), all.size());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
