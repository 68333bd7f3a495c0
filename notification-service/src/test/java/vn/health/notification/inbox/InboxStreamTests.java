package vn.health.notification.inbox;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNoException;

class InboxStreamTests {

	@Test
	void shutdownEndsEveryOpenStreamSoThatTheServerNeedNotWaitForThem() {
		InboxStream streams = new InboxStream(Duration.ofMinutes(30));
		SseEmitter first = streams.open("tyt-1");
		SseEmitter second = streams.open("tyt-2");
		assertThatNoException().isThrownBy(() -> first.send(SseEmitter.event().comment("still open")));

		streams.endAll();

		assertThatIllegalStateException().isThrownBy(() -> first.send(SseEmitter.event().comment("after")));
		assertThatIllegalStateException().isThrownBy(() -> second.send(SseEmitter.event().comment("after")));
	}

}
