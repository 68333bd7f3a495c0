package vn.health.notification.delivery;

import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryRegistry;
import io.github.resilience4j.timelimiter.TimeLimiter;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;

import org.springframework.stereotype.Component;

/**
 * Rào chắn kênh — Resilience4j around every outbound call, one instance per channel named like the channel
 * ({@code email}, {@code sms}, {@code zalo} under {@code resilience4j.*.instances} in {@code application.yml}):
 * retry (exponential back-off with jitter) around the circuit breaker, around the rate limiter, around the
 * bulkhead, around the time limiter. Each channel has its own instances, so one provider's outage only
 * fails calls to that provider.
 */
@Component
public class ChannelGuards implements AutoCloseable {

	private final CircuitBreakerRegistry breakers;

	private final RetryRegistry retries;

	private final BulkheadRegistry bulkheads;

	private final RateLimiterRegistry rateLimiters;

	private final TimeLimiterRegistry timeLimiters;

	/** The time limiter needs the call on another thread to give up on it; virtual threads cost nothing idle. */
	private final ExecutorService calls = Executors.newVirtualThreadPerTaskExecutor();

	public ChannelGuards(CircuitBreakerRegistry breakers, RetryRegistry retries, BulkheadRegistry bulkheads,
			RateLimiterRegistry rateLimiters, TimeLimiterRegistry timeLimiters) {
		this.breakers = breakers;
		this.retries = retries;
		this.bulkheads = bulkheads;
		this.rateLimiters = rateLimiters;
		this.timeLimiters = timeLimiters;
	}

	/** Runs {@code call} through the channel's guards; throws what the last attempt threw. */
	public void run(Channel channel, Runnable call) throws Exception {
		String name = channel.name().toLowerCase(Locale.ROOT);
		run(call, this.timeLimiters.timeLimiter(name), this.bulkheads.bulkhead(name),
				this.rateLimiters.rateLimiter(name), this.breakers.circuitBreaker(name), this.retries.retry(name));
	}

	/**
	 * Runs {@code call} through guards of their own named {@code instance}, set up from the shared
	 * {@code config} (under {@code resilience4j.*.configs}): e.g. one breaker per webhook receiver, so one
	 * receiver's outage does not hold back deliveries to the others.
	 */
	public void run(String instance, String config, Runnable call) throws Exception {
		run(call, this.timeLimiters.timeLimiter(instance, config), this.bulkheads.bulkhead(instance, config),
				this.rateLimiters.rateLimiter(instance, config), this.breakers.circuitBreaker(instance, config),
				this.retries.retry(instance, config));
	}

	private void run(Runnable call, TimeLimiter timeLimiter, Bulkhead bulkhead, RateLimiter rateLimiter,
			CircuitBreaker breaker, Retry retry) throws Exception {
		Callable<Object> guarded = timeLimiter.decorateFutureSupplier(() -> this.calls.submit(call, null));
		guarded = Bulkhead.decorateCallable(bulkhead, guarded);
		guarded = RateLimiter.decorateCallable(rateLimiter, guarded);
		guarded = CircuitBreaker.decorateCallable(breaker, guarded);
		Retry.decorateCallable(retry, guarded).call();
	}

	@Override
	public void close() {
		this.calls.shutdownNow();
	}

}
