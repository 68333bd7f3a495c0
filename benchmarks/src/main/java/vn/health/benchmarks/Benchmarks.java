package vn.health.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code ./benchmark [--units 10000] [--requirements 4] [--small 10000] [--large 1000000] [--due 1000]
 * [--mongo-uri mongodb://host:27017] [--mongo-heap 4g] [--only fan-out|sweep] [--out docs/benchmarks.md]}: runs the benchmarks against the processes {@code ./platform} runs, prints the figures
 * and writes them, with the machine they were measured on, to {@code --out}.
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
		if (small < OverdueSweep.CREATED_BY_THE_SERVICE || large < small || due > OverdueSweep.CREATED_BY_THE_SERVICE) {
			throw new IllegalArgumentException("Need %d <= small <= large and due <= %1$d"
				.formatted(OverdueSweep.CREATED_BY_THE_SERVICE));
		}

		String only = options.getOrDefault("only", "all");
		StringBuilder report = new StringBuilder(printed(
				BenchmarkReport.header(String.join(" ", "./benchmark", String.join(" ", args)).strip(),
						settings)));
		if (!only.equals("sweep")) {
			try (ReportingStack stack = ReportingStack.start(settings, "fan-out")) {
				report.append(printed(BenchmarkReport.fanOut(new FanOut().run(stack, units, requirements))));
			}
		}
		if (!only.equals("fan-out")) {
			OverdueSweep.Result smallStore = new OverdueSweep().run(settings, "sweep-small", small, due);
			System.out.println("Measured (the large store follows): " + smallStore);
			report.append(printed(BenchmarkReport.sweep(smallStore,
					new OverdueSweep().run(settings, "sweep-large", large, due))));
		}
		Path out = root.resolve(options.getOrDefault("out", "docs/benchmarks.md"));
		Files.createDirectories(out.getParent());
		Files.writeString(out, report.toString());
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
