package vn.health.calendar.feed;

import java.nio.charset.StandardCharsets;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import vn.health.calendar.UnitId;
import vn.health.servicekit.security.Caller;

@RestController
class FeedController {

	static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

	private final UnitFeeds feeds;

	FeedController(UnitFeeds feeds) {
		this.feeds = feeds;
	}

	/** Open without a bearer token (calendar apps cannot send one): {@code platform.security.public-paths}. */
	@GetMapping("/api/calendar/feeds/{unitId}.ics")
	ResponseEntity<String> feed(@PathVariable String unitId, @RequestParam(required = false) String token) {
		return ResponseEntity.ok().contentType(TEXT_CALENDAR).body(this.feeds.feed(unitId, token));
	}

	@PostMapping("/api/calendar/feeds/{unitId}/token")
	@ResponseStatus(HttpStatus.CREATED)
	IssuedToken rotateToken(@PathVariable String unitId, Caller caller) {
		UnitId unit = UnitId.of(unitId, "unitId");
		String token = this.feeds.rotateToken(unit, caller);
		return new IssuedToken(unit.value(), token, "/api/calendar/feeds/" + unit.value() + ".ics?token=" + token);
	}

	/** Shown once: only its hash is stored, so a lost token is replaced, never recovered. */
	record IssuedToken(String unitId, String token, String feed) {

	}

}
