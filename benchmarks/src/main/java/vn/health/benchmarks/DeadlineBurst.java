package vn.health.benchmarks;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.awaitility.Awaitility;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.util.FileSystemUtils;

import vn.health.contracts.EventType;
import vn.health.contracts.directory.UnitType;
import vn.health.contracts.directory.UnitUpserted;
import vn.health.contracts.reporting.ReportOverdue;
import vn.health.infra.Platform;
import vn.health.infra.PlatformOptions;
import vn.health.infra.Ports;
import vn.health.testkit.KafkaTestClient;

/**
 * Deadline burst: {@code alerts} overdue alerts for as many units arrive in the same minute (one deadline, every
 * commune station of a province late). notification-service, started as {@code ./platform} starts it, sends them by
 * e-mail through its Resilience4j rate limiter; the benchmark's own SMTP server counts what arrives, per second.
 * Meanwhile one more alert (the probe) is sent: how much longer it takes than alone shows whether the burst starves
 * other work. The overdue alert is made urgent for the run, so that quiet hours (nights, weekends) do not hold the
 * e-mails back until the morning whenever the benchmark runs.
 */
final class DeadlineBurst {

	private static final Duration TIMEOUT = Duration.ofMinutes(30);

	private static final int ALONE = 5;

	private final JsonMapper json = JsonMapper.builder().build();

	Result run(ReportingStack.Settings settings, int alerts) throws Exception {
		Path dataDir = settings.data().resolve("burst");
		FileSystemUtils.deleteRecursively(dataDir.toFile());
		Ports ports = Ports.free();
		// The benchmark's own SMTP server, on the port the platform's dev mail server would have had
		GreenMail mail = new GreenMail(new ServerSetup(ports.smtp(), Ports.HOST, ServerSetup.PROTOCOL_SMTP));
		mail.start();
		PlatformOptions options = PlatformOptions.builder(settings.root(), dataDir)
			.ports(ports)
			.externalSmtp(Ports.HOST, mail.getSmtp().getPort())
			.only("mongo", "kafka", "notification-service")
			.environment("notification-service", "PLATFORM_SECURITY_ENABLED", "false")
			.environment("notification-service", "NOTIFICATION_QUIETHOURS_OVERDUEALERTURGENT", "true")
			.mongoHeap(settings.mongoHeap())
			.readyTimeout(Duration.ofSeconds(240))
			.build();
		try (Platform platform = new Platform(options)) {
			Runtime.getRuntime().addShutdownHook(new Thread(platform::close));
			platform.start();
			return measure(platform, mail, alerts);
		}
		finally {
			mail.stop();
		}
	}

	private Result measure(Platform platform, GreenMail mail, int alerts) {
		try (KafkaProducer<String, String> producer = new Kafka(platform.url("kafka")).producer()) {
			registerUnits(platform, producer, alerts);

			List<Duration> alone = new ArrayList<>();
			for (int i = 0; i < ALONE; i++) {
				alone.add(deliver(producer, mail, "probe-alone-" + i, "don-vi-probe-" + i));
			}
			int before = mail.getReceivedMessages().length;
			int expected = before + alerts + 1;
			Instant start = Instant.now();
			try (PerSecond counts = new PerSecond(mail)) {
				for (int i = 0; i < alerts; i++) {
					producer.send(overdue("burst-" + i, unit(i)));
				}
				producer.flush();
				Duration probe = deliver(producer, mail, "probe-in-burst", "don-vi-probe-" + ALONE);
				Awaitility.await()
					.atMost(TIMEOUT)
					.pollInterval(Duration.ofMillis(100))
					.until(() -> mail.getReceivedMessages().length >= expected);
				Duration all = Duration.between(start, Instant.now());
				MimeMessage[] received = mail.getReceivedMessages();
				long distinct = Arrays.stream(received).map(DeadlineBurst::recipient).distinct().count();
				return new Result(alerts, all, counts.peak(), received.length - before - 1, received.length - distinct,
						median(alone), probe);
			}
		}
	}

	/** Every unit of the burst and the probes, with an e-mail address, in the service's directory replica. */
	private void registerUnits(Platform platform, KafkaProducer<String, String> producer, int alerts) {
		List<String> units = new ArrayList<>();
		for (int i = 0; i < alerts; i++) {
			units.add(unit(i));
		}
		for (int i = 0; i <= ALONE; i++) {
			units.add("don-vi-probe-" + i);
		}
		for (String unit : units) {
			UnitUpserted upserted = new UnitUpserted(unit, "Trạm Y tế " + unit, UnitType.COMMUNE_HEALTH_STATION, null,
					unit + "@example.vn", null, null, null, null, null, null, null);
			producer.send(KafkaTestClient.cloudEvent(EventType.UNIT_UPSERTED, unit,
					this.json.writeValueAsString(upserted)));
		}
		producer.flush();
		try (MongoClient mongo = MongoClients.create(platform.url("mongo"))) {
			Awaitility.await()
				.atMost(Duration.ofMinutes(5))
				.until(() -> mongo.getDatabase("notification").getCollection("units").countDocuments() >= units.size());
		}
	}

	/** Sends one overdue alert for {@code unit} and waits for its e-mail. */
	private Duration deliver(KafkaProducer<String, String> producer, GreenMail mail, String key, String unit) {
		Instant sent = Instant.now();
		producer.send(overdue(key, unit));
		producer.flush();
		Predicate<MimeMessage> toUnit = (message) -> recipient(message).startsWith(unit + "@");
		Awaitility.await()
			.atMost(TIMEOUT)
			.pollInterval(Duration.ofMillis(20))
			.until(() -> Arrays.stream(mail.getReceivedMessages()).anyMatch(toUnit));
		return Duration.between(sent, Instant.now());
	}

	/** Counts the e-mails received in each second, on its own thread, until closed. */
	private static final class PerSecond implements AutoCloseable {

		private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();

		private final AtomicInteger peak = new AtomicInteger();

		private int last;

		PerSecond(GreenMail mail) {
			this.last = mail.getReceivedMessages().length;
			this.timer.scheduleAtFixedRate(() -> {
				int now = mail.getReceivedMessages().length;
				this.peak.accumulateAndGet(now - this.last, Math::max);
				this.last = now;
			}, 1, 1, TimeUnit.SECONDS);
		}

		int peak() {
			return this.peak.get();
		}

		@Override
		public void close() {
			this.timer.shutdownNow();
		}

	}

	private ProducerRecord<String, String> overdue(String key, String unit) {
		Instant due = Instant.parse("2024-06-19T17:00:00Z");
		ReportOverdue event = new ReportOverdue("bench-" + key, "bench-plan", "1/KH-BENCH", "Kế hoạch đo tải",
				"Báo cáo 6 tháng đầu năm", unit, "cdc", due, due.plus(Duration.ofHours(32)));
		return KafkaTestClient.cloudEvent(EventType.REPORT_OVERDUE, event.obligationId(),
				this.json.writeValueAsString(event));
	}

	private static String unit(int i) {
		return "don-vi-%05d".formatted(i);
	}

	private static String recipient(MimeMessage message) {
		try {
			Address[] to = message.getAllRecipients();
			return (to == null || to.length == 0) ? "" : to[0].toString();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Duration median(List<Duration> durations) {
		return durations.stream().sorted().toList().get(durations.size() / 2);
	}

	/**
	 * @param delivered burst e-mails received (the probes apart)
	 * @param duplicates e-mails received more than once by the same address
	 * @param peakPerSecond the most e-mails received in any one second
	 */
	record Result(int alerts, Duration all, int peakPerSecond, int delivered, long duplicates, Duration probeAlone,
			Duration probeInBurst) {

		double perSecond() {
			return this.delivered * 1000.0 / Math.max(1, this.all.toMillis());
		}

	}

}
