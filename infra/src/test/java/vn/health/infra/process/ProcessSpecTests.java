package vn.health.infra.process;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProcessSpecTests {

	private static final ProcessSpec NOTIFICATIONS = new ProcessSpec("notification-service",
			List.of("java", "-jar", "notification-service.jar"),
			Map.of("NOTIFICATION_REDELIVERY_LEASE", "90s", "SMS_API_KEY", "fault-suite"), List.of(8084),
			() -> true);

	@Test
	void variablesSetLaterReplaceTheOptionsOwnAndKeepTheRest() {
		ProcessSpec restarted = NOTIFICATIONS.withEnvironment(Map.of("NOTIFICATION_REDELIVERY_LEASE", "30s"));

		assertThat(restarted.environment())
			.isEqualTo(Map.of("NOTIFICATION_REDELIVERY_LEASE", "30s", "SMS_API_KEY", "fault-suite"));
		assertThat(restarted.command()).isEqualTo(NOTIFICATIONS.command());
		assertThat(restarted.ports()).isEqualTo(NOTIFICATIONS.ports());
		assertThat(NOTIFICATIONS.environment()).containsEntry("NOTIFICATION_REDELIVERY_LEASE", "90s");
	}

}
