package vn.health.notification.delivery;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeoutException;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.web.client.HttpServerErrorException;
import org.springframework.web.client.RestClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The SMS and Zalo channels behind their guards, against a stub provider: errors, slowness, outage. */
class ChannelGuardsTests {

	private static final Notice NOTICE = new Notice("[Quá hạn] Báo cáo quý II", "…", "…",
			"[Quá hạn] Báo cáo quý II: hạn 20/06/2024 00:00, đã quá 5 ngày.", "overdue",
			Map.of("report", "Báo cáo quý II"));

	@RegisterExtension
	static final WireMockExtension provider = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private final ChannelGuards guards = new ChannelGuards(
			CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
				.slidingWindowSize(4)
				.minimumNumberOfCalls(4)
				.failureRateThreshold(50)
				.waitDurationInOpenState(Duration.ofMinutes(1))
				.ignoreExceptions(ProviderRejectedException.class)
				.build()),
			RetryRegistry.of(RetryConfig.custom()
				.maxAttempts(3)
				.intervalFunction(IntervalFunction.ofExponentialRandomBackoff(Duration.ofMillis(10), 2, 0.5))
				.ignoreExceptions(ProviderRejectedException.class, CallNotPermittedException.class)
				.build()),
			BulkheadRegistry.ofDefaults(), RateLimiterRegistry.ofDefaults(),
			TimeLimiterRegistry.of(TimeLimiterConfig.custom().timeoutDuration(Duration.ofSeconds(1)).build()));

	private final SmsChannel sms = new SmsChannel(RestClient.builder(),
			new SmsProperties(provider.baseUrl() + "/sms/send", "khoa-thu", "SYT", 2, Duration.ofSeconds(1)));

	private final ZaloChannel zalo = new ZaloChannel(RestClient.builder(), new ZaloProperties(
			provider.baseUrl() + "/zalo/message/template", "token-oa", Map.of("overdue", "tpl-391"), Duration.ofSeconds(1)));

	@AfterEach
	void closeGuards() {
		this.guards.close();
	}

	@Test
	void smsIsPostedAsJsonWithTheApiKeyAndKeepsItsDiacritics() throws Exception {
		provider.stubFor(post("/sms/send").willReturn(ok()));

		this.guards.run(Channel.SMS, () -> this.sms.send("84912345678", NOTICE, "e1|tyt|SMS"));

		provider.verify(postRequestedFor(urlEqualTo("/sms/send")).withHeader("X-API-Key", equalTo("khoa-thu"))
			.withRequestBody(equalToJson("""
					{"to": "84912345678", "brandname": "SYT", "requestId": "e1|tyt|SMS",
					 "message": "[Quá hạn] Báo cáo quý II: hạn 20/06/2024 00:00, đã quá 5 ngày."}""")));
	}

	@Test
	void aServerErrorIsRetriedWithBackOffUntilTheProviderAnswers() throws Exception {
		provider.stubFor(post("/sms/send").inScenario("flaky").whenScenarioStateIs(STARTED)
			.willReturn(serverError()).willSetStateTo("recovering"));
		provider.stubFor(post("/sms/send").inScenario("flaky").whenScenarioStateIs("recovering")
			.willReturn(serverError()).willSetStateTo("up"));
		provider.stubFor(post("/sms/send").inScenario("flaky").whenScenarioStateIs("up").willReturn(ok()));

		this.guards.run(Channel.SMS, () -> this.sms.send("84912345678", NOTICE, "e2|tyt|SMS"));

		provider.verify(3, postRequestedFor(urlEqualTo("/sms/send")));
	}

	@Test
	void aProviderSlowerThanTheTimeoutFailsTheCallInsteadOfHoldingIt() {
		provider.stubFor(post("/sms/send").willReturn(ok().withFixedDelay(5_000)));

		assertThatExceptionOfType(TimeoutException.class)
			.isThrownBy(() -> this.guards.run(Channel.SMS, () -> this.sms.send("84912345678", NOTICE, "e3|tyt|SMS")));
	}

	@Test
	void anOutageOpensTheBreakerAndLaterCallsNoLongerReachTheProvider() {
		provider.stubFor(post("/sms/send").willReturn(aResponse().withStatus(503)));

		assertThatExceptionOfType(HttpServerErrorException.class)
			.isThrownBy(() -> this.guards.run(Channel.SMS, () -> this.sms.send("84912345678", NOTICE, "e4|tyt|SMS")));
		assertThatExceptionOfType(CallNotPermittedException.class)
			.isThrownBy(() -> this.guards.run(Channel.SMS, () -> this.sms.send("84912345678", NOTICE, "e5|tyt|SMS")));
		int callsWhileOpen = provider.getAllServeEvents().size();
		assertThatExceptionOfType(CallNotPermittedException.class)
			.isThrownBy(() -> this.guards.run(Channel.SMS, () -> this.sms.send("84912345678", NOTICE, "e6|tyt|SMS")));
		assertThat(provider.getAllServeEvents()).hasSize(callsWhileOpen);
	}

	@Test
	void anOutageOfSmsLeavesZaloUntouched() throws Exception {
		provider.stubFor(post("/sms/send").willReturn(serverError()));
		provider.stubFor(post("/zalo/message/template").willReturn(okJson("{\"error\": 0, \"message\": \"Success\"}")));
		for (int i = 0; i < 2; i++) {
			String tracking = "e" + i;
			assertThatExceptionOfType(Exception.class)
				.isThrownBy(() -> this.guards.run(Channel.SMS, () -> this.sms.send("84912345678", NOTICE, tracking)));
		}

		this.guards.run(Channel.ZALO, () -> this.zalo.send("84912345678", NOTICE, "e7|tyt|ZALO"));

		provider.verify(postRequestedFor(urlEqualTo("/zalo/message/template")).withHeader("access_token", equalTo("token-oa"))
			.withRequestBody(matchingJsonPath("$.template_id", equalTo("tpl-391")))
			.withRequestBody(matchingJsonPath("$.template_data.report", equalTo("Báo cáo quý II"))));
	}

	@Test
	void zaloRefusalInsideAnOkAnswerIsNotRetried() {
		provider.stubFor(post("/zalo/message/template")
			.willReturn(okJson("{\"error\": -108, \"message\": \"Phone number is invalid\"}")));

		assertThatExceptionOfType(ProviderRejectedException.class)
			.isThrownBy(() -> this.guards.run(Channel.ZALO, () -> this.zalo.send("84912345678", NOTICE, "e8|tyt|ZALO")))
			.withMessageContaining("-108");
		provider.verify(1, postRequestedFor(urlEqualTo("/zalo/message/template")));
	}

	@Test
	void aBadRequestFromTheSmsGatewayIsARefusalForGood() {
		provider.stubFor(post("/sms/send").willReturn(aResponse().withStatus(400)));

		assertThatExceptionOfType(ProviderRejectedException.class)
			.isThrownBy(() -> this.guards.run(Channel.SMS, () -> this.sms.send("849", NOTICE, "e9|tyt|SMS")));
		provider.verify(1, postRequestedFor(urlEqualTo("/sms/send")));
	}

	@Test
	void longSmsIsCutAtAWordWithinTheUnicodeSegments() {
		String text = "Đơn vị chưa gửi báo cáo ".repeat(10);

		String fitted = SmsChannel.fit(text, 134);

		assertThat(fitted).hasSizeLessThanOrEqualTo(134).endsWith("…").startsWith("Đơn vị chưa gửi");
		assertThat(SmsChannel.fit("Ngắn", 70)).isEqualTo("Ngắn");
	}

}
