package vn.health.notification;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/** A clock the integration tests set: working hours by default, night when a test moves it there. */
final class MovableClock extends Clock {

	private volatile Instant now;

	MovableClock(Instant now) {
		this.now = now;
	}

	void set(Instant now) {
		this.now = now;
	}

	@Override
	public Instant instant() {
		return this.now;
	}

	@Override
	public ZoneId getZone() {
		return ZoneId.of("Asia/Ho_Chi_Minh");
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return Clock.fixed(this.now, zone);
	}

}
