package vn.health.servicekit.lock;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.Test;

import org.springframework.data.mongodb.core.MongoTemplate;

import vn.health.servicekit.StoreForTests;

import static org.assertj.core.api.Assertions.assertThat;

class MongoLeaseLockProviderTests {

	private final MongoTemplate mongo = StoreForTests.freshDatabase();

	private final MongoLeaseLockProvider first = new MongoLeaseLockProvider(this.mongo, "instance-1");

	private final MongoLeaseLockProvider second = new MongoLeaseLockProvider(this.mongo, "instance-2");

	@Test
	void onlyOneInstanceHoldsALeaseAndItIsFreeAgainAfterUnlock() {
		Optional<SimpleLock> held = this.first.lock(lease("overdue-sweep", Duration.ofMinutes(5)));

		assertThat(held).isPresent();
		assertThat(this.second.lock(lease("overdue-sweep", Duration.ofMinutes(5)))).isEmpty();
		assertThat(this.second.lock(lease("another-task", Duration.ofMinutes(5)))).isPresent();

		held.get().unlock();

		assertThat(this.second.lock(lease("overdue-sweep", Duration.ofMinutes(5)))).isPresent();
	}

	@Test
	void aLeaseThatRanOutCanBeTakenOverByAnotherInstance() {
		assertThat(this.first.lock(lease("reminders", Duration.ofMillis(1)))).isPresent();

		org.awaitility.Awaitility.await()
			.atMost(Duration.ofSeconds(5))
			.until(() -> this.second.lock(lease("reminders", Duration.ofMinutes(5))).isPresent());
	}

	private static LockConfiguration lease(String name, Duration atMost) {
		return new LockConfiguration(Instant.now(), name, atMost, Duration.ZERO);
	}

}
