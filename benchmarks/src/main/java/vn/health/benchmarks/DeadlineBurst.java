package vn.health.benchmarks;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.awaitility.Awaitility;

import org.springframework.util.FileSystemUtils;

import vn.health.infra.Platform;
import vn.health.infra.PlatformOptions;
import vn.health.infra.Ports;
import vn.health.infra.mail.LocalMailServer;

/**
 * Deadline burst: {@code alerts} overdue alerts for as many units arrive in the same minute (one deadline, every
 * commune station of a province late). notification-service, started as {@code ./platform} starts it, records them
 * and its e-mail worker sends them through the Resilience4j rate limiter; the benchmark's own SMTP server counts
 * what arrives, per second. Whether the burst starves other work is shown by two probes, each timed on the quiet
 * service (median of {@value #ALONE}) and once sent right after the burst: an escalation (urgent) until its e-mail
 * reaches the supervising unit, and one more overdue alert until its inbox entry exists.
 * <p>
 * The alerts stay as they are in production, not urgent. So that quiet hours do not hold them until the morning
 * whenever the benchmark runs, every moment is working time for the run: the working day spans the whole day, and
 * a {@code HolidaysPublished} for this year and the next makes every Saturday and Sunday a working day.
 */
final class DeadlineBurst {

	private static final Duration TIMEOUT = Duration.ofMinutes(30);

	private static final int ALONE = 5;

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private final BurstEvents events = new BurstEvents();

	Result run(ReportingStack.Settings settings, int alerts) throws Exception {
		Path dataDir = settings.data().resolve("burst");
		FileSystemUtils.deleteRecursively(dataDir.toFile());
		Ports ports = Ports.free();
		// The benchmark's own SMTP server, on the port the platform's dev mail server would have had
		GreenMail mail = LocalMailServer.on(new ServerSetup(ports.smtp(), Ports.HOST, ServerSetup.PROTOCOL_SMTP));
		mail.start();
		PlatformOptions options = PlatformOptions.builder(settings.root(), dataDir)
			.ports(ports)
			.externalSmtp(Ports.HOST, mail.getSmtp().getPort())
			.only("mongo", "kafka", "notification-service")
			.environment("notification-service", "PLATFORM_SECURITY_ENABLED", "false")
			// notification.quiet-hours.*: the night shrinks to the last second of the day, and what falls in it
			// goes out at midnight, not at 07:30
			.environment("notification-service", "NOTIFICATION_QUIETHOURS_DAYSTARTS", "00:00")
			.environment("notification-service", "NOTIFICATION_QUIETHOURS_NIGHTSTARTS", "23:59:59")
			.environment("notification-service", "NOTIFICATION_QUIETHOURS_MORNINGSEND", "00:00")
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
		try (KafkaProducer<String, String> producer = new Kafka(platform.url("kafka")).producer();
				MongoClient mongo = MongoClients.create(platform.url("mongo"))) {
			MongoDatabase notification = mongo.getDatabase("notification");
			StarvationProbes probes = new StarvationProbes(producer, mail, notification.getCollection("inbox"),
					this.events);
			everyWeekendWorked(producer, notification);
			registerUnits(producer, notification, alerts, probes.units(ALONE + 1));

			List<StarvationProbes.Measured> alone = new ArrayList<>();
			for (int round = 0; round < ALONE; round++) {
				alone.add(probes.alone(round));
			}
			int before = mail.getReceivedMessages().length;
			int expected = before + alerts + StarvationProbes.EMAILS;
			Instant start = Instant.now();
			try (PerSecond counts = new PerSecond(mail)) {
				for (int i = 0; i < alerts; i++) {
					producer.send(this.events.overdue("burst-" + i, unit(i)));
				}
				producer.flush();
				StarvationProbes.Measured inBurst = probes.together(ALONE);
				Awaitility.await()
					.atMost(TIMEOUT)
					.pollInterval(Duration.ofMillis(100))
					.until(() -> mail.getReceivedMessages().length >= expected);
				Duration all = Duration.between(start, Instant.now());
				MimeMessage[] received = mail.getReceivedMessages();
				Set<String> recipients = Arrays.stream(received)
					.map(DeadlineBurst::recipient)
					.collect(Collectors.toSet());
				long missing = IntStream.range(0, alerts)
					.filter((i) -> !recipients.contains(BurstEvents.address(unit(i))))
					.count();
				return new Result(alerts, all, counts.peak(), received.length - before - StarvationProbes.EMAILS,
						received.length - recipients.size(), missing,
						new Probe(median(alone, StarvationProbes.Measured::escalation), inBurst.escalation()),
						new Probe(median(alone, StarvationProbes.Measured::inbox), inBurst.inbox()));
			}
		}
	}

	/**
	 * No quiet weekend or holiday in the year of now and the next (the years notification-service counts with),
	 * in its {@code holidays} replica before anything is measured.
	 */
	private void everyWeekendWorked(KafkaProducer<String, String> producer, MongoDatabase notification) {
		int year = LocalDate.now(VIETNAM).getYear();
		producer.send(this.events.everyWeekendWorked(year));
		producer.send(this.events.everyWeekendWorked(year + 1));
		producer.flush();
		Awaitility.await()
			.atMost(Duration.ofMinutes(5))
			.until(() -> notification.getCollection("holidays")
				.countDocuments(Filters.in("_id", year, year + 1)) == 2);
	}

	/** Every unit of the burst and the probes, with an e-mail address, in the service's directory replica. */
	private void registerUnits(KafkaProducer<String, String> producer, MongoDatabase notification, int alerts,
			List<ProducerRecord<String, String>> probeUnits) {
		for (int i = 0; i < alerts; i++) {
			producer.send(this.events.unit(unit(i), null));
		}
		probeUnits.forEach(producer::send);
		producer.flush();
		Awaitility.await()
			.atMost(Duration.ofMinutes(5))
			.until(() -> notification.getCollection("units").countDocuments() >= alerts + probeUnits.size());
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

	private static Duration median(List<StarvationProbes.Measured> rounds,
			Function<StarvationProbes.Measured, Duration> probe) {
		return rounds.stream().map(probe).sorted().toList().get(rounds.size() / 2);
	}

	/**
	 * @param delivered burst e-mails received (the probes' apart)
	 * @param duplicates e-mails received more than once by the same address
	 * @param missing burst units that received no e-mail
	 * @param peakPerSecond the most e-mails received in any one second
	 * @param escalation until the escalation's e-mail reached the supervising unit
	 * @param inbox until the probe alert's inbox entry existed
	 */
	record Result(int alerts, Duration all, int peakPerSecond, int delivered, long duplicates, long missing,
			Probe escalation, Probe inbox) {

		double perSecond() {
			return this.delivered * 1000.0 / Math.max(1, this.all.toMillis());
		}

	}

	/** One probe alone (median) and right after the burst. */
	record Probe(Duration alone, Duration inBurst) {

		/** 1.0 when the burst does not hold the probe back. */
		double ratio() {
			return (double) this.inBurst.toMillis() / Math.max(1, this.alone.toMillis());
		}

	}

}
