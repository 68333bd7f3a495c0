package vn.health.console.api;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/** notification-service's public API: a unit's inbox. */
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

}
