package vn.health.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.awaitility.Awaitility;

import org.springframework.util.FileSystemUtils;

import vn.health.infra.Platform;
import vn.health.infra.PlatformOptions;
import vn.health.infra.Ports;
import vn.health.testkit.JsonHttp;
import vn.health.testkit.security.IssuerTokens;

/**
 * The main reads — a commune station's obligations, a report's completeness at the CDC, a unit's calendar — by 50 and
 * 200 concurrent users, each in a closed loop, once through the gateway and once straight to the services with the
 * same tokens. The platform runs as {@code ./platform} starts it (seeded demo province, real tokens from the embedded
 * issuer); the gateway's per-user rate limit is lifted, since this measures routing, not the limiter.
 */
final class ApiLatency {

	static final List<Integer> USERS = List.of(50, 200);

	private static final Duration WARM_UP = Duration.ofSeconds(5);

	static final Duration MEASURED = Duration.ofSeconds(15);

	private static final String STATION = "tyt-thi-tran-bo-ha";

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	List<Result> run(ReportingStack.Settings settings) {
		Path dataDir = settings.data().resolve("api");
		FileSystemUtils.deleteRecursively(dataDir.toFile());
		PlatformOptions options = PlatformOptions.builder(settings.root(), dataDir)
			.ports(Ports.free())
			.only("mongo", "kafka", "auth-server", "plan-service", "reporting-service", "calendar-service", "gateway")
			.environment("gateway", "RATE_LIMIT_USER_PER_MINUTE", "100000000")
			.environment("gateway", "RATE_LIMIT_INTEGRATION_PER_MINUTE", "100000000")
			.mongoHeap(settings.mongoHeap())
			.readyTimeout(Duration.ofSeconds(240))
			.build();
		try (Platform platform = new Platform(options)) {
			Runtime.getRuntime().addShutdownHook(new Thread(platform::close));
			platform.start();
			String gateway = platform.url("gateway");
			IssuerTokens issuer = new IssuerTokens(platform.url("auth-server"));
			String redirect = gateway + "/login/oauth2/code/console";
			String station = issuer.signedIn(STATION, "demo", redirect);
			String cdc = issuer.signedIn("cdc", "demo", redirect);
			String plan = issuePlan(gateway, issuer.signedIn("syt", "demo", redirect), station);

			List<Read> reads = List.of(
					new Read("obligations", "/api/obligations?unit=" + STATION, "reporting-service", station),
					new Read("completeness", "/api/reports/completeness?plan=" + plan + "&requirement=r1",
							"reporting-service", cdc),
					new Read("occurrences", "/api/calendar/occurrences?from=2024-01-01&to=2024-12-31&unit=" + STATION,
							"calendar-service", station));
			List<Result> results = new ArrayList<>();
			for (int users : USERS) {
				results.add(measure("gateway", users, reads, (read) -> URI.create(gateway + read.path())));
				results.add(measure("direct", users, reads,
						(read) -> URI.create(platform.url(read.service()) + read.path())));
			}
			return results;
		}
	}

	/** A plan with one requirement every demo unit below the CDC reports on, so the reads return real rows. */
	private static String issuePlan(String gateway, String adminToken, String station) {
		JsonHttp admin = new JsonHttp(gateway).withBearer(adminToken);
		JsonHttp.Response units = admin.get("/api/units?size=100");
		String reporters = units.json()
			.get("items")
			.valueStream()
			.map((unit) -> unit.get("id").asString())
			.filter((id) -> id.startsWith("tyt-") || id.startsWith("ttyt-"))
			.collect(Collectors.joining("\", \"", "\"", "\""));
		JsonHttp.Response draft = admin.post("/api/plans", """
				{"number": "1/KH-BENCH", "title": "Kế hoạch đo tải", "year": 2024,
				 "requirements": [{"title": "Báo cáo 6 tháng đầu năm", "dueDate": "2024-06-20",
				   "dueRule": "BEFORE_DAY", "reporterUnitIds": [%s], "recipientUnitId": "cdc"}]}"""
			.formatted(reporters));
		String plan = expect(draft, 201).json().get("id").asString();
		expect(admin.post("/api/plans/" + plan + "/issue", null), 200);
		JsonHttp mine = new JsonHttp(gateway).withBearer(station);
		Awaitility.await()
			.atMost(Duration.ofMinutes(2))
			.until(() -> mine.get("/api/obligations?unit=" + STATION).json().get("items").size() > 0);
		return plan;
	}

	private Result measure(String route, int users, List<Read> reads, Function<Read, URI> target) {
		List<HttpRequest> requests = reads.stream()
			.map((read) -> HttpRequest.newBuilder(target.apply(read))
				.header("Authorization", "Bearer " + read.token())
				.header("Accept", "application/json")
				.timeout(Duration.ofSeconds(30))
				.GET()
				.build())
			.toList();
		AtomicBoolean recording = new AtomicBoolean();
		AtomicBoolean running = new AtomicBoolean(true);
		try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
			List<Future<Samples>> loops = IntStream.range(0, users)
				.mapToObj((user) -> executor.submit(() -> loop(user, requests, recording, running)))
				.toList();
			pause(WARM_UP);
			recording.set(true);
			pause(MEASURED);
			running.set(false);
			Samples all = new Samples(reads.size());
			for (Future<Samples> loop : loops) {
				all.add(loop.get());
			}
			return all.result(route, users, reads);
		}
		catch (Exception ex) {
			throw new IllegalStateException("Load of " + users + " users via " + route + " failed", ex);
		}
	}

	private Samples loop(int user, List<HttpRequest> requests, AtomicBoolean recording, AtomicBoolean running)
			throws IOException, InterruptedException {
		Samples samples = new Samples(requests.size());
		for (int i = user; running.get(); i++) {
			int read = i % requests.size();
			long start = System.nanoTime();
			HttpResponse<Void> response = this.http.send(requests.get(read), HttpResponse.BodyHandlers.discarding());
			long took = System.nanoTime() - start;
			if (recording.get() && running.get()) {
				samples.record(read, took, response.statusCode() == 200);
			}
		}
		return samples;
	}

	private static void pause(Duration duration) throws InterruptedException {
		Thread.sleep(duration);
	}

	private static JsonHttp.Response expect(JsonHttp.Response response, int status) {
		if (response.status() != status) {
			throw new IllegalStateException("Expected " + status + ": " + response);
		}
		return response;
	}

	private record Read(String name, String path, String service, String token) {
	}

	/** Latencies per read, in nanoseconds, and the answers that were not 200. */
	private static final class Samples {

		private final List<long[]> latencies = new ArrayList<>();

		private final int[] counts;

		private int failures;

		Samples(int reads) {
			this.counts = new int[reads];
			for (int i = 0; i < reads; i++) {
				this.latencies.add(new long[1024]);
			}
		}

		void record(int read, long nanos, boolean ok) {
			if (!ok) {
				this.failures++;
				return;
			}
			long[] values = this.latencies.get(read);
			if (this.counts[read] == values.length) {
				values = Arrays.copyOf(values, values.length * 2);
				this.latencies.set(read, values);
			}
			values[this.counts[read]++] = nanos;
		}

		void add(Samples other) {
			for (int read = 0; read < this.counts.length; read++) {
				for (int i = 0; i < other.counts[read]; i++) {
					record(read, other.latencies.get(read)[i], true);
				}
			}
			this.failures += other.failures;
		}

		Result result(String route, int users, List<Read> reads) {
			Map<String, Percentiles> perRead = new LinkedHashMap<>();
			long total = 0;
			for (int read = 0; read < reads.size(); read++) {
				long[] sorted = Arrays.copyOf(this.latencies.get(read), this.counts[read]);
				Arrays.sort(sorted);
				perRead.put(reads.get(read).name(), new Percentiles(sorted.length, at(sorted, 0.50), at(sorted, 0.99)));
				total += sorted.length;
			}
			return new Result(route, users, total / (double) MEASURED.toSeconds(), this.failures, perRead);
		}

		private static Duration at(long[] sorted, double quantile) {
			if (sorted.length == 0) {
				return Duration.ZERO;
			}
			return Duration.ofNanos(sorted[(int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1)]);
		}

	}

	/** The answers per second of a whole run, and each read's p50 and p99. */
	record Result(String route, int users, double perSecond, int failures, Map<String, Percentiles> reads) {
	}

	record Percentiles(int count, Duration p50, Duration p99) {
	}

}
