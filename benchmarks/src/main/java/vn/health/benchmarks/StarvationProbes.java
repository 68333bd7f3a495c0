package vn.health.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import com.icegreen.greenmail.util.GreenMail;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.awaitility.Awaitility;
import org.bson.Document;

/**
 * Other work that a deadline burst must not starve, each probe with its own units so that every round is told
 * apart: an escalation (urgent) until its e-mail reaches the supervising unit, and a normal overdue alert until
 * its inbox entry exists. Each round ends with {@link #EMAILS} more e-mails: the escalation's to the supervisor and
 * its copy to the late unit, and the probe alert's own.
 */
final class StarvationProbes {

	static final int EMAILS = 3;

	private static final Duration TIMEOUT = Duration.ofMinutes(30);

	private final KafkaProducer<String, String> producer;

	private final GreenMail mail;

	private final MongoCollection<Document> inbox;

	private final BurstEvents events;

	StarvationProbes(KafkaProducer<String, String> producer, GreenMail mail, MongoCollection<Document> inbox,
			BurstEvents events) {
		this.producer = producer;
		this.mail = mail;
		this.inbox = inbox;
		this.events = events;
	}

	/** The units of {@code rounds} rounds, each late unit under its own supervisor. */
	List<ProducerRecord<String, String>> units(int rounds) {
		return IntStream.range(0, rounds)
			.boxed()
			.flatMap((round) -> List.of(this.events.unit(supervisor(round), null),
					this.events.unit(late(round), supervisor(round)), this.events.unit(alerted(round), null))
				.stream())
			.toList();
	}

	/** One round on a quiet service: each probe alone, and its e-mails all in before the next starts. */
	Measured alone(int round) {
		int before = received();
		Instant sent = send(escalation(round));
		Duration escalation = until(sent, escalationArrived(round));
		until(sent, () -> received() >= before + 2);
		sent = send(alert(round));
		Duration inbox = until(sent, inboxEntryExists(round));
		until(sent, () -> received() >= before + EMAILS);
		return new Measured(escalation, inbox);
	}

	/** One round with both probes sent together, the escalation's e-mail and the inbox entry awaited side by side. */
	Measured together(int round) {
		Instant sent = send(List.of(escalation(round), alert(round)));
		CompletableFuture<Duration> escalation = CompletableFuture
			.supplyAsync(() -> until(sent, escalationArrived(round)));
		Duration inbox = until(sent, inboxEntryExists(round));
		return new Measured(escalation.join(), inbox);
	}

	private ProducerRecord<String, String> escalation(int round) {
		return this.events.escalated("probe-escalation-" + round, late(round), supervisor(round));
	}

	private ProducerRecord<String, String> alert(int round) {
		return this.events.overdue("probe-alert-" + round, alerted(round));
	}

	private Instant send(ProducerRecord<String, String> probe) {
		return send(List.of(probe));
	}

	private Instant send(List<ProducerRecord<String, String>> probes) {
		Instant sent = Instant.now();
		probes.forEach(this.producer::send);
		this.producer.flush();
		return sent;
	}

	private Callable<Boolean> escalationArrived(int round) {
		String address = BurstEvents.address(supervisor(round));
		return () -> this.mail.findReceivedMessages((user) -> address.equals(user.getEmail()), (message) -> true)
			.findAny()
			.isPresent();
	}

	private Callable<Boolean> inboxEntryExists(int round) {
		return () -> this.inbox.find(Filters.eq("unitId", alerted(round))).first() != null;
	}

	private int received() {
		return this.mail.getReceivedMessages().length;
	}

	private static Duration until(Instant sent, Callable<Boolean> arrived) {
		Awaitility.await().atMost(TIMEOUT).pollInterval(Duration.ofMillis(20)).until(arrived);
		return Duration.between(sent, Instant.now());
	}

	private static String supervisor(int round) {
		return "ttyt-giam-sat-" + round;
	}

	private static String late(int round) {
		return "don-vi-tre-" + round;
	}

	private static String alerted(int round) {
		return "don-vi-probe-" + round;
	}

	/** How long each probe took, from its send. */
	record Measured(Duration escalation, Duration inbox) {

	}

}
