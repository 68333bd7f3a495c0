package vn.health.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.clients.producer.KafkaProducer;
import tools.jackson.databind.json.JsonMapper;

import vn.health.contracts.EventType;
import vn.health.contracts.plan.PlanIssued;
import vn.health.testkit.KafkaTestClient;

/**
 * The overdue sweep with a given number of obligations stored: {@code due} of them overdue now, the rest due in
 * 2099. Timed through the operator endpoint, which sweeps synchronously: once with the due ones to mark, then a few
 * times with nothing left to mark (the cost of finding out there is no work).
 */
final class OverdueSweep {

	/** Created through the service; the rest of a larger store are copies of these. */
	static final int CREATED_BY_THE_SERVICE = 10_000;

	private static final int EMPTY_RUNS = 5;

	private static final Duration TIMEOUT = Duration.ofMinutes(30);

	private final JsonMapper json = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newHttpClient();

	Result run(ReportingStack.Settings settings, String name, long stored, int due) throws Exception {
		try (ReportingStack stack = ReportingStack.start(settings, name)) {
			PlanIssued plan = BenchmarkPlan.partlyDue(BenchmarkPlan.units(CREATED_BY_THE_SERVICE), due);
			issue(stack, plan);
			StoreFiller store = new StoreFiller(stack.mongo());
			store.addCopies(plan.planId() + "." + BenchmarkPlan.LATER_REQUIREMENT + ".",
					stored - CREATED_BY_THE_SERVICE);
			long counted = store.count();

			URI reporting = stack.reportingService();
			Measured first = sweep(reporting);
			if (first.marked() != due) {
				throw new IllegalStateException("The sweep marked %d, expected %d".formatted(first.marked(), due));
			}
			List<Duration> empty = new ArrayList<>();
			for (int i = 0; i < EMPTY_RUNS; i++) {
				empty.add(sweep(reporting).took());
			}
			return new Result(counted, due, first.took(), median(empty));
		}
	}

	private void issue(ReportingStack stack, PlanIssued plan) throws Exception {
		Kafka kafka = new Kafka(stack.kafka());
		try (Kafka.Tail obligations = kafka.tail(EventType.OBLIGATION_CREATED.topic());
				KafkaProducer<String, String> producer = kafka.producer()) {
			producer
				.send(KafkaTestClient.cloudEvent(EventType.PLAN_ISSUED, plan.planId(),
						this.json.writeValueAsString(plan)))
				.get();
			obligations.awaitMatching(CREATED_BY_THE_SERVICE,
					Kafka.events(EventType.OBLIGATION_CREATED, plan.planId() + "."), TIMEOUT);
		}
	}

	/** The operator endpoint answers when the sweep is done, which may take minutes on a large store. */
	private Measured sweep(URI reportingService) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(reportingService.resolve("/api/admin/sweeps/overdue"))
			.POST(HttpRequest.BodyPublishers.noBody())
			.timeout(TIMEOUT)
			.build();
		Instant start = Instant.now();
		HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
		Duration took = Duration.between(start, Instant.now());
		if (response.statusCode() != 200) {
			throw new IllegalStateException("The sweep answered %d: %s".formatted(response.statusCode(),
					response.body()));
		}
		return new Measured(this.json.readTree(response.body()).get("markedOverdue").asInt(), took);
	}

	private static Duration median(List<Duration> durations) {
		return durations.stream().sorted().toList().get(durations.size() / 2);
	}

	private record Measured(int marked, Duration took) {
	}

	/**
	 * @param stored obligations in the store while sweeping
	 * @param withDue the sweep that marked {@code due} obligations overdue
	 * @param empty the median of sweeps that found nothing due
	 */
	record Result(long stored, int due, Duration withDue, Duration empty) {
	}

}
