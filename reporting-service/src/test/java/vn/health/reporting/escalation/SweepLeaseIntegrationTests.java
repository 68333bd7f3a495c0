package vn.health.reporting.escalation;

import java.time.Duration;
import java.time.Instant;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import vn.health.reporting.IntegrationTestSupport;
import vn.health.reporting.ReportingApi;
import vn.health.servicekit.lock.MongoLeaseLockProvider;

import static org.assertj.core.api.Assertions.assertThat;

/** Two instances share the store: while one holds a sweep, the other skips it. */
class SweepLeaseIntegrationTests extends IntegrationTestSupport {

	private static final String AS_OF = "?asOf=2024-06-13T08:00:00%2B07:00";

	@Autowired
	MongoTemplate mongo;

	@Test
	void aSweepAnotherInstanceIsRunningIsAConflictHereAndRunsOnceItIsReleased() {
		ReportingApi api = api();
		MongoLeaseLockProvider otherInstance = new MongoLeaseLockProvider(this.mongo, "reporting-service@other-host");
		SimpleLock held = otherInstance
			.lock(new LockConfiguration(Instant.now(), "reminder-sweep", Duration.ofMinutes(1), Duration.ZERO))
			.orElseThrow();
		try {
			ReportingApi.assertProblem(api.http().post("/api/admin/sweeps/reminders" + AS_OF, null), 409);
			assertThat(api.http().post("/api/admin/sweeps/overdue" + AS_OF, null).status()).isEqualTo(200);
		}
		finally {
			held.unlock();
		}

		assertThat(api.http().post("/api/admin/sweeps/reminders" + AS_OF, null).status()).isEqualTo(200);
	}

}
