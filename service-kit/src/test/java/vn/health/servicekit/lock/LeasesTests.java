package vn.health.servicekit.lock;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import org.junit.jupiter.api.Test;

import org.springframework.data.mongodb.core.MongoTemplate;

import vn.health.servicekit.StoreForTests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class LeasesTests {

	private final MongoTemplate mongo = StoreForTests.freshDatabase();

	private final Leases first = new Leases(
			new DefaultLockingTaskExecutor(new MongoLeaseLockProvider(this.mongo, "instance-1")));

	private final Leases second = new Leases(
			new DefaultLockingTaskExecutor(new MongoLeaseLockProvider(this.mongo, "instance-2")));

	@Test
	void aSweepRunsOnOneInstanceWhileTheOtherIsToldItDidNot() {
		AtomicInteger runs = new AtomicInteger();

		Optional<Integer> outer = this.first.call("overdue-sweep", Duration.ofMinutes(5), () -> {
			// ShedLock lets the thread that holds a lease re-enter it, so the contender runs on its own thread
			boolean contender = CompletableFuture
				.supplyAsync(() -> this.second.run("overdue-sweep", Duration.ofMinutes(5), (Runnable) runs::incrementAndGet))
				.join();
			assertThat(contender).isFalse();
			return 42;
		});

		assertThat(outer).contains(42);
		assertThat(runs).hasValue(0);
		assertThat(this.second.run("overdue-sweep", Duration.ofMinutes(5), (Runnable) runs::incrementAndGet)).isTrue();
		assertThat(runs).hasValue(1);
	}

	@Test
	void aFailingSweepReleasesItsLeaseAndSaysWhichSweepFailed() {
		assertThatIllegalStateException().isThrownBy(() -> this.first.call("digest", Duration.ofMinutes(5), () -> {
			throw new IllegalStateException("provider down");
		})).withMessage("provider down");

		assertThat(this.second.call("digest", Duration.ofMinutes(5), () -> "ran")).contains("ran");
	}

}
