package vn.health.reporting;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The service's clock in tests: it stands still at {@link ReportingServiceTest#NOW}. A test that
 * replays a later instant moves it forward first (operators may not sweep the future) and puts it
 * back afterwards, since every test class shares the context.
 */
public final class TestClock extends Clock {

	private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	private volatile Instant now = ReportingServiceTest.NOW;

	public void advanceTo(Instant instant) {
		if (instant.isAfter(this.now)) {
			this.now = instant;
		}
	}

	public void reset() {
		this.now = ReportingServiceTest.NOW;
	}

	@Override
	public ZoneId getZone() {
		return ZONE;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return Clock.fixed(this.now, zone);
	}

	@Override
	public Instant instant() {
		return this.now;
	}

}
