package vn.health.servicekit.lgsp;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.timelimiter.TimeLimiter;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * Cổng gọi LGSP — one POST of a send, through Resilience4j: a time limiter per attempt, a circuit breaker (an LGSP
 * that keeps failing is left alone for {@code breaker-open-for} instead of being hammered by every sweep), and a
 * retry with exponential back-off and jitter inside one sweep. A refusal no retry can change (400, 403, 404, 413,
 * 422 …) is neither retried nor counted against the breaker.
 */
class LgspClient implements AutoCloseable {

	static final String IDEMPOTENCY_KEY = "Idempotency-Key";

	private static final int MAX_ERROR_BODY = 300;

	private final RestClient http;

	private final LgspProperties settings;

	private final LgspAccessTokens tokens;

	private final CircuitBreaker breaker;

	private final Retry retry;

	private final TimeLimiter timeLimiter;

	/** The time limiter needs the call on another thread to give up on it; virtual threads cost nothing idle. */
	private final ExecutorService calls = Executors.newVirtualThreadPerTaskExecutor();

	LgspClient(RestClient.Builder http, LgspProperties settings, Clock clock, CircuitBreakerRegistry breakers) {
		JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
				HttpClient.newBuilder().connectTimeout(settings.timeout()).build());
		requests.setReadTimeout(settings.timeout());
		this.http = http.requestFactory(requests).build();
		this.settings = settings;
		this.tokens = (settings.auth() == LgspProperties.Auth.CLIENT_CREDENTIALS)
				? new LgspAccessTokens(this.http, settings, clock) : null;
		this.breaker = breakers.circuitBreaker("lgsp", CircuitBreakerConfig.custom()
			.slidingWindowSize(20)
			.minimumNumberOfCalls(10)
			.failureRateThreshold(50)
			.waitDurationInOpenState(settings.breakerOpenFor())
			.ignoreException((ex) -> ex instanceof LgspRefused refused && refused.permanent())
			.build());
		this.retry = Retry.of("lgsp", RetryConfig.custom()
			.maxAttempts(Math.max(1, settings.attemptsPerPass()))
			.intervalFunction(IntervalFunction.ofExponentialRandomBackoff(settings.retryWait(), 2.0, 0.5))
			.retryOnException((ex) -> !(ex instanceof CallNotPermittedException)
					&& !(ex instanceof LgspRefused refused && refused.permanent()))
			.failAfterMaxAttempts(false)
			.build());
		this.timeLimiter = TimeLimiter.of("lgsp", TimeLimiterConfig.custom()
			.timeoutDuration(settings.timeout())
			.cancelRunningFuture(true)
			.build());
	}

	/**
	 * Posts {@code send}; returns the LGSP's 2xx status or throws what the last attempt threw. {@code tries} counts
	 * the attempts that reached the network (an open breaker lets none through).
	 */
	int post(LgspSend send, AtomicInteger tries) throws Exception {
		Callable<Integer> attempt = this.timeLimiter
			.decorateFutureSupplier(() -> this.calls.submit(() -> postOnce(send, tries)));
		return Retry.decorateCallable(this.retry, CircuitBreaker.decorateCallable(this.breaker, attempt)).call();
	}

	private int postOnce(LgspSend send, AtomicInteger tries) {
		tries.incrementAndGet();
		try {
			return this.http.post()
				.uri(URI.create(this.settings.baseUrl() + this.settings.path(send.kind())))
				.contentType(MediaType.parseMediaType(send.contentType()))
				.headers((headers) -> authorise(headers, send))
				.body(send.body().getBytes(StandardCharsets.UTF_8))
				.exchange((request, response) -> {
					int status = response.getStatusCode().value();
					if (!response.getStatusCode().is2xxSuccessful()) {
						String body = new String(response.getBody().readNBytes(MAX_ERROR_BODY), StandardCharsets.UTF_8);
						throw new LgspRefused(status, body);
					}
					return status;
				});
		}
		catch (LgspRefused ex) {
			if (ex.status() == 401 && this.tokens != null) {
				this.tokens.forget();
			}
			throw ex;
		}
	}

	private void authorise(HttpHeaders headers, LgspSend send) {
		headers.set(IDEMPOTENCY_KEY, send.id());
		if (this.tokens != null) {
			headers.setBearerAuth(this.tokens.current());
		}
		else {
			headers.set(this.settings.apiKeyHeader(), this.settings.apiKey());
		}
	}

	@Override
	public void close() {
		this.calls.shutdownNow();
	}

}
