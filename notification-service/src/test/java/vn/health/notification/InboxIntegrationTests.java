package vn.health.notification;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import vn.health.notification.inbox.InboxPage;
import vn.health.testkit.SharedInfrastructure;
import vn.health.testkit.security.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

/** The in-app inbox: read/unread marking and the live feed over Server-Sent Events. */
class InboxIntegrationTests extends IntegrationTestSupport {

	@LocalServerPort
	private int port;

	@Test
	void entriesAreUnreadUntilMarkedOneByOneOrAllAtOnce() {
		String unit = SharedInfrastructure.uniqueName("tyt-unread");
		publishUnit(unit, null);
		this.kafka.send(overdue(unit));
		this.kafka.send(dueSoon(unit));
		await().atMost(BROKER).until(() -> inbox(unit).total() == 2);
		assertUnread(unit, 2);

		InboxPage.Item first = inbox(unit).items().get(0);
		as(unit, "UNIT_OFFICER").post().uri("/api/notifications/inbox/{id}/read", first.id()).exchange()
			.expectStatus().isOk()
			.expectBody().jsonPath("$.read").isEqualTo(true);
		assertUnread(unit, 1);
		assertThat(inbox(unit).items()).extracting(InboxPage.Item::id, InboxPage.Item::read)
			.contains(tuple(first.id(), true));

		as(unit, "UNIT_OFFICER").post().uri("/api/notifications/inbox/read-all?unit={unit}", unit).exchange()
			.expectStatus().isOk()
			.expectBody().jsonPath("$.unread").isEqualTo(0);
		assertThat(inbox(unit).items()).extracting(InboxPage.Item::read).containsOnly(true);
	}

	@Test
	void markingAnUnknownEntryIsNotFoundAndCountingWithoutUnitIsABadRequest() {
		this.http.post().uri("/api/notifications/inbox/{id}/read", "khong-co").exchange()
			.expectStatus().isNotFound()
			.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		this.http.get().uri("/api/notifications/inbox/unread-count").exchange()
			.expectStatus().isBadRequest()
			.expectBody().jsonPath("$.errors[0].field").isEqualTo("unit");
	}

	/** The browser's EventSource sends no header; the gateway relays the console session's token as this one. */
	@Test
	void aConnectedConsoleReceivesANewNotificationOfItsUnitOverServerSentEvents() {
		String unit = SharedInfrastructure.uniqueName("tyt-live");
		String other = SharedInfrastructure.uniqueName("tyt-quiet");
		publishUnit(unit, null);
		publishUnit(other, null);
		List<String> lines = new CopyOnWriteArrayList<>();
		HttpRequest request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.port + "/api/notifications/stream?unit=" + unit))
			.header("Accept", MediaType.TEXT_EVENT_STREAM_VALUE)
			.header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(TestTokens.get().forUser(unit, "UNIT_OFFICER")))
			.build();
		try (HttpClient client = HttpClient.newHttpClient()) {
			CompletableFuture<HttpResponse<Stream<String>>> response = client.sendAsync(request,
					HttpResponse.BodyHandlers.ofLines());
			CompletableFuture<Void> reading = response
				.thenAcceptAsync((answer) -> answer.body().forEach(lines::add));
			await().atMost(BROKER).until(() -> lines.contains(":connected"));

			this.kafka.send(overdue(other));
			await().atMost(BROKER).until(() -> inbox(other).total() == 1);
			this.kafka.send(overdue(unit));

			await().atMost(BROKER).until(() -> lines.stream().anyMatch((line) -> line.startsWith("data:")));
			assertThat(response.join().headers().firstValue("Content-Type")).get()
				.asString()
				.startsWith(MediaType.TEXT_EVENT_STREAM_VALUE);
			assertThat(lines).contains("event:notification");
			assertThat(lines).filteredOn((line) -> line.startsWith("data:"))
				.singleElement()
				.asString()
				.contains("\"unitId\":\"" + unit + "\"", "[Quá hạn] Báo cáo 6 tháng đầu năm", "\"read\":false");
			reading.cancel(true);
			client.shutdownNow();
		}
	}

	private void assertUnread(String unit, long unread) {
		this.http.get().uri("/api/notifications/inbox/unread-count?unit={unit}", unit).exchange()
			.expectStatus().isOk()
			.expectBody().jsonPath("$.unread").isEqualTo(unread);
	}

}
