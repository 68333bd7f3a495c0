package vn.health.infra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The launcher's pid in the data folder: it keeps a second launcher out and lets {@code ./platform stop} find it. */
final class PidFile {

	private final Path path;

	PidFile(Path path) {
		this.path = path;
	}

	/** Writes this JVM's pid, unless another live launcher holds the file. */
	void claim() throws IOException {
		Optional<ProcessHandle> holder = holder();
		if (holder.isPresent() && holder.get().isAlive()) {
			throw new IllegalStateException("The platform is already running (pid %d); stop it with ./platform stop"
				.formatted(holder.get().pid()));
		}
		Files.createDirectories(path.getParent());
		Files.writeString(path, String.valueOf(ProcessHandle.current().pid()));
	}

	void release() {
		try {
			Files.deleteIfExists(path);
		}
		catch (IOException ex) {
			System.err.println("Could not remove " + path + ": " + ex.getMessage());
		}
	}

	private Optional<ProcessHandle> holder() throws IOException {
		if (!Files.exists(path)) {
			return Optional.empty();
		}
		try {
			return ProcessHandle.of(Long.parseLong(Files.readString(path).strip()));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

}
