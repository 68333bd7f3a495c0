package vn.health.servicekit.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.data.mongodb.core.MongoTemplate;

import vn.health.servicekit.StoreForTests;
import vn.health.servicekit.security.Caller;
import vn.health.servicekit.security.Role;
import vn.health.servicekit.web.PageView;

import static org.assertj.core.api.Assertions.assertThat;

class AuditTrailTests {

	private enum Action {

		THEME_ADDED, HOLIDAY_ADJUSTED

	}

	private final MongoTemplate mongo = StoreForTests.freshDatabase();

	private final Caller admin = Caller.of("nguyen.van.a", "syt", Set.of(Role.PROVINCE_ADMIN));

	@Test
	void eachChangeIsOneLineNewestFirstNarrowedByUnitAndAction() {
		record(Instant.parse("2024-03-01T01:00:00Z"), Action.THEME_ADDED, "cdc", "theme-1");
		record(Instant.parse("2024-03-02T01:00:00Z"), Action.HOLIDAY_ADJUSTED, null, "2024-04-29");
		record(Instant.parse("2024-03-03T01:00:00Z"), Action.THEME_ADDED, "ttyt-yen-the", "theme-2");

		PageView<AuditEntry> all = trail(Instant.EPOCH).page(null, null, 0, 20);
		assertThat(all.total()).isEqualTo(3);
		assertThat(all.items()).extracting(AuditEntry::target).containsExactly("theme-2", "2024-04-29", "theme-1");
		assertThat(all.items().get(0)).satisfies((entry) -> {
			assertThat(entry.by()).isEqualTo("nguyen.van.a");
			assertThat(entry.byUnitId()).isEqualTo("syt");
			assertThat(entry.action()).isEqualTo("THEME_ADDED");
			assertThat(entry.at()).isEqualTo(Instant.parse("2024-03-03T01:00:00Z"));
		});

		assertThat(trail(Instant.EPOCH).page("cdc", null, 0, 20).items()).extracting(AuditEntry::target)
			.containsExactly("theme-1");
		assertThat(trail(Instant.EPOCH).page(null, Action.THEME_ADDED, 0, 1)).satisfies((page) -> {
			assertThat(page.total()).isEqualTo(2);
			assertThat(page.items()).extracting(AuditEntry::target).containsExactly("theme-2");
		});
	}

	private void record(Instant at, Action action, String unitId, String target) {
		trail(at).record(this.admin, action, unitId, target, "detail of " + target);
	}

	private AuditTrail trail(Instant now) {
		return new AuditTrail(this.mongo, Clock.fixed(now, ZoneOffset.UTC));
	}

}
