package vn.health.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code ./benchmark [--units 10000] [--requirements 4] [--small 10000] [--large 1000000] [--due 1000]
 * [--mongo-uri mongodb://host:27017] [--mongo-heap 4g] [--only fan-out|sweep|api|burst] [--burst 3000] [--out docs/benchmarks.md]}: runs the benchmarks
 * against the processes {@code ./platform} runs, prints the figures and writes them, with the machine they were
 * measured on, to {@code --out}. With {@code --only}, the other parts of {@code --out} keep their earlier figures.
 */
public final class Benchmarks {

	private Benchmarks() {
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = options(args);
		Path root = Path.of("").toAbsolutePath();
		ReportingStack.Settings settings = new ReportingStack.Settings(root, root.resolve("benchmarks/target/data"),
				Optional.ofNullable(options.get("mongo-uri")), options.getOrDefault("mongo-heap", "4g"));
		int units = Integer.parseInt(options.getOrDefault("units", "10000"));
		int requirements = Integer.parseInt(options.getOrDefault("requirements", "4"));
		long small = Long.parseLong(options.getOrDefault("small", "10000"));
		long large = Long.parseLong(options.getOrDefault("large", "1000000"));
		int due = Integer.parseInt(options.getOrDefault("due", "1000"));
		int burst = Integer.parseInt(options.getOrDefault("burst", "3000"));
		if (small < OverdueSweep.CREATED_BY_THE_SERVICE || large < small || due > OverdueSweep.CREATED_BY_THE_SERVICE) {
			throw new IllegalArgumentException("Need %d <= small <= large and due <= %1$d"
				.formatted(OverdueSweep.CREATED_BY_THE_SERVICE));
		}

		String only = options.getOrDefault("only", "all");
		String command = String.join(" ", "./benchmark", String.join(" ", args)).strip();
		printed(BenchmarkReport.header(settings));
		Map<String, String> parts = new LinkedHashMap<>();
		if (only.equals("all") || only.equals("fan-out")) {
			try (ReportingStack stack = ReportingStack.start(settings, "fan-out")) {
				parts.put("fan-out", printed(BenchmarkReport.fanOut(new FanOut().run(stack, units, requirements))));
			}
		}
		if (only.equals("all") || only.equals("sweep")) {
			OverdueSweep.Result smallStore = new OverdueSweep().run(settings, "sweep-small", small, due);
			System.out.println("Measured (the large store follows): " + smallStore);
			parts.put("sweep", printed(BenchmarkReport.sweep(smallStore,
					new OverdueSweep().run(settings, "sweep-large", large, due))));
		}
		if (only.equals("all") || only.equals("api")) {
			parts.put("api", printed(BenchmarkReport.api(new ApiLatency().run(settings))));
		}
		if (only.equals("all") || only.equals("burst")) {
			parts.put("burst", printed(BenchmarkReport.burst(new DeadlineBurst().run(settings, burst))));
		}
		Path out = root.resolve(options.getOrDefault("out", "docs/benchmarks.md"));
		Files.createDirectories(out.getParent());
		String previous = Files.exists(out) ? Files.readString(out) : "";
		Files.writeString(out, BenchmarkReport.document(previous, parts, command, settings));
		System.out.println("Written to " + out);
	}

	/** Each part as soon as it is measured: a long run that fails later still leaves its figures. */
	private static String printed(String part) {
		System.out.println(part);
		return part;
	}

	private static Map<String, String> options(String[] args) {
		Map<String, String> options = new HashMap<>();
		for (int i = 0; i + 1 < args.length; i += 2) {
			if (!args[i].startsWith("--")) {
				throw new IllegalArgumentException("Expected --name value, got " + args[i]);
			}
			options.put(args[i].substring(2), args[i + 1]);
		}
		return options;
	}

}
