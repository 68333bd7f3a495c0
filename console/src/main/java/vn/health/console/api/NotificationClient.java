package vn.health.console.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/** notification-service's public API: a unit's inbox and its preferences. */
@Component
public class NotificationClient {

	private static final ParameterizedTypeReference<Page<Notification>> INBOX = new ParameterizedTypeReference<>() {
	};

	private final RestClient rest;

	NotificationClient(PlatformApi api) {
		this.rest = api.rest();
	}

	/** The newest entries of the unit's inbox, newest first. */
	public Page<Notification> inbox(String unitId, int size) {
		return this.rest.get()
			.uri("/api/notifications/inbox?unit={unit}&page=0&size={size}", unitId, size)
			.retrieve()
			.body(INBOX);
	}

	public Notification markRead(String id) {
		return this.rest.post().uri("/api/notifications/inbox/{id}/read", id).retrieve().body(Notification.class);
	}

	/** Marks every entry of the unit's inbox read; answers how many are still unread (new ones may have come). */
	public long markAllRead(String unitId) {
		Unread unread = this.rest.post()
			.uri("/api/notifications/inbox/read-all?unit={unit}", unitId)
			.retrieve()
			.body(Unread.class);
		return (unread != null) ? unread.unread() : 0;
	}

	public NotificationPreferences preferences(String unitId) {
		return this.rest.get()
			.uri("/api/notifications/preferences?unit={unit}", unitId)
			.retrieve()
			.body(NotificationPreferences.class);
	}

	/**
	 * Replaces the unit's preferences; an address left empty is sent as none, a channel left out of
	 * {@code eventTypes} carries every notice.
	 */
	public NotificationPreferences choose(String unitId, List<String> channels, String email, String phone,
			String zaloPhone, boolean digest, Map<String, List<String>> eventTypes) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("unit", unitId);
		body.put("channels", channels);
		body.put("email", email);
		body.put("phone", phone);
		body.put("zaloPhone", zaloPhone);
		body.put("digest", digest);
		body.put("eventTypes", eventTypes);
		return this.rest.put()
			.uri("/api/notifications/preferences")
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.retrieve()
			.body(NotificationPreferences.class);
	}

	record Unread(String unit, long unread) {

	}

}
