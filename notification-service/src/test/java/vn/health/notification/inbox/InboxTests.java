package vn.health.notification.inbox;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.SimpleMongoClientDatabaseFactory;

import vn.health.testkit.SharedInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;

class InboxTests {

	private static final Instant MORNING = Instant.parse("2024-06-20T01:00:00Z");

	private static SimpleMongoClientDatabaseFactory database;

	private static Inbox inbox;

	@BeforeAll
	static void connect() {
		database = new SimpleMongoClientDatabaseFactory(SharedInfrastructure.get().mongoUri("inbox"));
		inbox = new Inbox(new MongoTemplate(database), new InboxStream(Duration.ofMinutes(1)));
	}

	@AfterAll
	static void disconnect() throws Exception {
		database.destroy();
	}

	@Test
	void listsAUnitsEntriesNewestFirstPageByPage() {
		inbox.deliver(InboxEntry.of("e1", "tyt-an-ha", "Thứ nhất", "…", MORNING));
		inbox.deliver(InboxEntry.of("e3", "tyt-an-ha", "Thứ ba", "…", MORNING.plusSeconds(120)));
		inbox.deliver(InboxEntry.of("e2", "tyt-an-ha", "Thứ hai", "…", MORNING.plusSeconds(60)));
		inbox.deliver(InboxEntry.of("e4", "tyt-other", "Đơn vị khác", "…", MORNING.plusSeconds(180)));

		InboxPage first = inbox.page(new InboxQuery("tyt-an-ha", 0, 2));
		InboxPage second = inbox.page(new InboxQuery("tyt-an-ha", 1, 2));

		assertThat(first.items()).extracting(InboxPage.Item::title).containsExactly("Thứ ba", "Thứ hai");
		assertThat(first.total()).isEqualTo(3);
		assertThat(second.items()).extracting(InboxPage.Item::title).containsExactly("Thứ nhất");
		assertThat(second.items().get(0).read()).isFalse();
	}

	@Test
	void theSameEventPutsOneEntryInAUnitsInbox() {
		InboxEntry first = InboxEntry.of("e9", "tyt-binh-son", "Quá hạn", "…", MORNING);

		boolean delivered = inbox.deliver(first);
		boolean redelivered = inbox.deliver(InboxEntry.of("e9", "tyt-binh-son", "Quá hạn", "…", MORNING.plusSeconds(5)));

		assertThat(delivered).isTrue();
		assertThat(redelivered).isFalse();
		InboxPage page = inbox.page(new InboxQuery("tyt-binh-son", 0, 20));
		assertThat(page.total()).isEqualTo(1);
		assertThat(page.items().get(0).createdAt()).isEqualTo(MORNING);
		assertThat(page.items().get(0).id()).isEqualTo(first.id());
	}

}
