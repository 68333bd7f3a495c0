package vn.health.notification.inbox;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Luồng hộp thư — live inbox updates over Server-Sent Events: each new entry goes to the consoles of its unit that
 * are connected to this instance, as event {@code notification} with the entry as JSON. A console that reconnects
 * reads what it missed from {@code GET /api/notifications/inbox}.
 */
@Component
class InboxStream {

	private final Map<String, Set<SseEmitter>> listeners = new ConcurrentHashMap<>();

	private final Duration timeout;

	InboxStream(@Value("${notification.inbox.stream-timeout:30m}") Duration timeout) {
		this.timeout = timeout;
	}

	/** A new stream for {@code unit}; it starts with a comment so the client knows it is listening. */
	SseEmitter open(String unit) {
		SseEmitter emitter = new SseEmitter(this.timeout.toMillis());
		this.listeners.computeIfAbsent(unit, (key) -> ConcurrentHashMap.newKeySet()).add(emitter);
		Runnable close = () -> this.listeners.computeIfPresent(unit, (key, emitters) -> {
			emitters.remove(emitter);
			return emitters.isEmpty() ? null : emitters;
		});
		emitter.onCompletion(close);
		emitter.onTimeout(close);
		emitter.onError((error) -> close.run());
		send(emitter, SseEmitter.event().comment("connected"));
		return emitter;
	}

	/**
	 * On shutdown the streams end first: the context announces its closing before the web server waits for the
	 * requests in flight, and an open stream is one, which would hold the graceful shutdown for its whole phase
	 * (30 s; {@code ./platform} and Kubernetes kill the process sooner). The consoles reconnect, as EventSource
	 * does, to another instance and read what they missed.
	 */
	@EventListener(ContextClosedEvent.class)
	void endAll() {
		this.listeners.values().forEach((emitters) -> emitters.forEach(SseEmitter::complete));
	}

	void publish(InboxEntry entry) {
		this.listeners.getOrDefault(entry.unitId(), Set.of())
			.forEach((emitter) -> send(emitter, SseEmitter.event()
				.id(entry.id())
				.name("notification")
				.data(InboxPage.Item.of(entry), MediaType.APPLICATION_JSON)));
	}

	/** A console that went away fails the send; its emitter is completed and forgotten. */
	private static void send(SseEmitter emitter, SseEmitter.SseEventBuilder event) {
		try {
			emitter.send(event);
		}
		catch (IOException | IllegalStateException gone) {
			emitter.completeWithError(gone);
		}
	}

}
