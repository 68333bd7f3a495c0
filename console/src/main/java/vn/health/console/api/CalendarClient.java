package vn.health.console.api;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/** calendar-service's public API: a unit's merged calendar and its iCalendar feed. */
@Component
public class CalendarClient {

	private final RestClient rest;

	CalendarClient(PlatformApi api) {
		this.rest = api.rest();
	}

	/** Everything in the unit's calendar between the two days (inclusive), by date. */
	public List<CalendarEntry> between(String unitId, LocalDate from, LocalDate to) {
		Between answer = this.rest.get()
			.uri("/api/calendar/occurrences?from={from}&to={to}&unit={unit}", from, to, unitId)
			.retrieve()
			.body(Between.class);
		return (answer != null && answer.occurrences() != null) ? answer.occurrences() : List.of();
	}

	/** A new secret feed address for the unit's calendar app (the path on the platform's origin). */
	public String newFeed(String unitId) {
		Feed feed = this.rest.post().uri("/api/calendar/feeds/{unit}/token", unitId).retrieve().body(Feed.class);
		return feed.feed();
	}

	record Between(LocalDate from, LocalDate to, List<CalendarEntry> occurrences) {

	}

	record Feed(String unitId, String token, String feed) {

	}

}
