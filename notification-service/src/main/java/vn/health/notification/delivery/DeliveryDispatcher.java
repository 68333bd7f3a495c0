package vn.health.notification.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.data.domain.Limit;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import vn.health.notification.schedule.SendingHours;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Gửi thông báo — one worker per outbound channel sends that channel's recorded deliveries as they come due, urgent
 * ones (escalations) first, each through the channel's guards, a batch's up to
 * {@code notification.redelivery.concurrency} at a time: a send mostly waits on the provider's answers (an SMTP
 * conversation is several), while the channel's bulkhead and rate limiter, shared by the senders, still bound what
 * the provider gets. The next batch is read once the current one is done. A worker waits for its rate limiter or a slow
 * provider alone: the consumers that record deliveries and the other channels go on. It sleeps until a due
 * delivery is recorded here ({@link #wake}) or for {@code notification.redelivery.period} (deliveries deferred by
 * quiet hours or a failure, or recorded by another instance).
 *
 * <p>
 * Each delivery is claimed ({@code DEFERRED} → {@code SENDING}) before it is sent, so instances never send the same
 * one twice; a claim is never sent again by itself (see {@link Deliveries#endAbandonedClaims}).
 */
@Component
public class DeliveryDispatcher implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(DeliveryDispatcher.class);

	/** How long stopping waits for a send in flight to end and its outcome to be saved. */
	private static final Duration STOP_WAIT = Duration.ofSeconds(30);

	private static final Duration OUTCOME_RETRY = Duration.ofSeconds(1);

	private final Map<Channel, OutboundChannel> channels = new EnumMap<>(Channel.class);

	private final Map<Channel, Semaphore> wakeUps = new EnumMap<>(Channel.class);

	private final List<Thread> workers = new ArrayList<>();

	private final ChannelGuards guards;

	private final DeliveryLog deliveries;

	private final MongoTemplate mongo;

	private final SendingHours sendingHours;

	private final RedeliveryProperties settings;

	private final DeliveryMetrics metrics;

	private final Clock clock;

	private volatile boolean running;

	DeliveryDispatcher(List<OutboundChannel> channels, ChannelGuards guards, DeliveryLog deliveries,
			MongoTemplate mongo, SendingHours sendingHours, RedeliveryProperties settings, DeliveryMetrics metrics,
			Clock clock) {
		channels.forEach((channel) -> {
			this.channels.put(channel.kind(), channel);
			this.wakeUps.put(channel.kind(), new Semaphore(0));
		});
		this.guards = guards;
		this.deliveries = deliveries;
		this.mongo = mongo;
		this.sendingHours = sendingHours;
		this.settings = settings;
		this.metrics = metrics;
		this.clock = clock;
	}

	/** A delivery on {@code channel} is due now: its worker looks at once. */
	public void wake(Channel channel) {
		this.wakeUps.get(channel).release();
	}

	/**
	 * Sends the deliveries on {@code channel} due now, urgent first, one batch, several at once; returns how many it
	 * claimed. The workers call it; it may run anywhere, as claims keep concurrent callers apart.
	 */
	public int sendDue(Channel channel) {
		Instant now = this.clock.instant();
		int batch = this.settings.batchSize();
		List<Delivery> due = new ArrayList<>(due(channel, true, now, batch));
		if (due.size() < batch) {
			due.addAll(due(channel, false, now, batch - due.size()));
		}
		if (due.isEmpty()) {
			return 0;
		}
		Queue<Delivery> queue = new ConcurrentLinkedQueue<>(due);
		AtomicInteger claimed = new AtomicInteger();
		Runnable sender = () -> {
			for (Delivery delivery = queue.poll(); delivery != null; delivery = queue.poll()) {
				if (claim(delivery)) {
					long claimedAt = System.nanoTime();
					saveOutcome(attempt(delivery), claimedAt);
					claimed.incrementAndGet();
				}
			}
		};
		ThreadFactory senders = Thread.ofVirtual().name("deliveries-" + channel + "-", 1).factory();
		try (ExecutorService sending = Executors.newThreadPerTaskExecutor(senders)) {
			List<Future<?>> running = IntStream.range(0, Math.min(this.settings.concurrency(), due.size()))
				.<Future<?>>mapToObj((n) -> sending.submit(sender))
				.toList();
			running.forEach(DeliveryDispatcher::join);
		}
		return claimed.get();
	}

	/** Waits for a sender; what it threw is thrown here, as when the worker sent one at a time itself. */
	private static void join(Future<?> sender) {
		try {
			sender.get();
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException failure) {
				throw failure;
			}
			throw new IllegalStateException(ex.getCause());
		}
		catch (InterruptedException stopping) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * Saves what became of a claimed delivery, trying again while the store is unreachable for up to half the lease
	 * after the claim, so a store outage does not turn a message sent into an unconfirmed one.
	 */
	private void saveOutcome(Delivery outcome, long claimedAt) {
		long giveUp = claimedAt + this.settings.lease().dividedBy(2).toNanos();
		while (true) {
			try {
				this.metrics.count(this.deliveries.save(outcome));
				return;
			}
			catch (DataAccessResourceFailureException ex) {
				if (System.nanoTime() - giveUp > 0) {
					throw ex;
				}
				log.warn("Saving the outcome of delivery {} failed, trying again: {}", outcome.id(), ex.getMessage());
				try {
					Thread.sleep(OUTCOME_RETRY);
				}
				catch (InterruptedException stopping) {
					Thread.currentThread().interrupt();
					throw ex;
				}
			}
		}
	}

	private List<Delivery> due(Channel channel, boolean urgent, Instant now, int limit) {
		return this.deliveries.findByStatusAndChannelAndUrgentAndNotBeforeLessThanEqualOrderByNotBeforeAsc(
				DeliveryStatus.DEFERRED, channel, urgent, now, Limit.of(limit));
	}

	/** {@code DEFERRED} → {@code SENDING} unless another worker or instance took it first. */
	private boolean claim(Delivery delivery) {
		Query unchanged = new Query(where("_id").is(delivery.id())
			.and("status").is(DeliveryStatus.DEFERRED)
			.and("notBefore").is(delivery.notBefore()));
		Update sending = Update.update("status", DeliveryStatus.SENDING).set("at", this.clock.instant());
		return this.mongo.updateFirst(unchanged, sending, Delivery.class).getModifiedCount() == 1;
	}

	private Delivery attempt(Delivery delivery) {
		Instant now = this.clock.instant();
		Instant sendAt = this.sendingHours.sendAt(now, delivery.urgent());
		if (sendAt.isAfter(now)) {
			return delivery.postponedTo(sendAt, now);
		}
		try {
			this.guards.run(delivery.channel(), () -> this.channels.get(delivery.channel())
				.send(delivery.address(), delivery.notice(), delivery.id()));
			return delivery.sent(this.clock.instant());
		}
		catch (ProviderRejectedException ex) {
			return delivery.rejected(ex.getMessage(), this.clock.instant());
		}
		catch (Exception ex) {
			return delivery.failed(ex.getClass().getSimpleName() + ": " + ex.getMessage(), this.clock.instant(),
					this.settings.firstDelay(), this.settings.maxAttempts());
		}
	}

	private void work(Channel channel) {
		Semaphore wakeUp = this.wakeUps.get(channel);
		while (this.running) {
			try {
				if (sendDue(channel) == 0) {
					wakeUp.tryAcquire(this.settings.period().toMillis(), TimeUnit.MILLISECONDS);
					wakeUp.drainPermits();
				}
			}
			catch (InterruptedException stopping) {
				return;
			}
			catch (RuntimeException ex) {
				// e.g. the store is unreachable: nothing was claimed, or the claim ends as UNCONFIRMED
				log.warn("Sending {} deliveries failed, trying again in {}", channel, this.settings.period(), ex);
				try {
					Thread.sleep(this.settings.period());
				}
				catch (InterruptedException stopping) {
					return;
				}
			}
		}
	}

	@Override
	public void start() {
		this.running = true;
		this.channels.keySet()
			.forEach((channel) -> this.workers
				.add(Thread.ofVirtual().name("deliveries-" + channel).start(() -> work(channel))));
	}

	/** Lets each worker finish the send in flight and save its outcome, then ends it. */
	@Override
	public void stop() {
		this.running = false;
		this.wakeUps.values().forEach(Semaphore::release);
		Instant giveUp = Instant.now().plus(STOP_WAIT);
		for (Thread worker : this.workers) {
			try {
				if (!worker.join(Duration.ofMillis(Math.max(1, Duration.between(Instant.now(), giveUp).toMillis())))) {
					worker.interrupt();
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
		this.workers.clear();
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

}
