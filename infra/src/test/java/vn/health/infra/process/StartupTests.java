package vn.health.infra.process;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StartupTests {

	@TempDir
	Path logs;

	private final List<RunningProcess> started = new ArrayList<>();

	@AfterEach
	void stopProcesses() {
		started.forEach(RunningProcess::requestStop);
		started.forEach(process -> process.awaitStop(Duration.ofSeconds(5)));
	}

	@Test
	void announcesEachProcessOnceItIsReady() throws IOException {
		RunningProcess first = start("first", "sleep 30", () -> true);
		RunningProcess second = start("second", "sleep 30", () -> true);
		List<String> announced = new ArrayList<>();

		new Startup(Duration.ofSeconds(5), () -> false).awaitReady(List.of(first, second),
				process -> announced.add(process.name()));

		assertThat(announced).containsExactly("first", "second");
	}

	@Test
	void failsFastWithTheEndOfTheLogWhenAProcessExits() throws IOException {
		RunningProcess healthy = start("healthy", "sleep 30", () -> false);
		RunningProcess broken = start("broken", "echo 'APPLICATION FAILED TO START'; exit 3", () -> false);

		assertThatThrownBy(() -> new Startup(Duration.ofSeconds(30), () -> false)
			.awaitReady(List.of(healthy, broken), process -> {
			}))
			.isInstanceOf(StartupFailure.class)
			.hasMessageContaining("broken exited with code 3")
			.hasMessageContaining("APPLICATION FAILED TO START");
	}

	@Test
	void namesTheProcessThatIsNotReadyInTime() throws IOException {
		RunningProcess slow = start("slow", "sleep 30", () -> false);

		assertThatThrownBy(() -> new Startup(Duration.ofSeconds(1), () -> false).awaitReady(List.of(slow), process -> {
		})).isInstanceOf(StartupFailure.class).hasMessageStartingWith("slow did not become ready within 1 s");
	}

	@Test
	void stopsWaitingWhenThePlatformIsStopping() throws IOException {
		RunningProcess slow = start("slow", "sleep 30", () -> false);

		assertThatThrownBy(() -> new Startup(Duration.ofSeconds(30), () -> true).awaitReady(List.of(slow), process -> {
		})).isInstanceOf(StartupFailure.class).hasMessageContaining("cancelled");
	}

	private RunningProcess start(String name, String script, Readiness readiness) throws IOException {
		ProcessSpec spec = new ProcessSpec(name, List.of("sh", "-c", script), Map.of(), List.of(), readiness);
		RunningProcess process = RunningProcess.start(spec, logs.resolve(name + ".log"));
		started.add(process);
		return process;
	}

}
