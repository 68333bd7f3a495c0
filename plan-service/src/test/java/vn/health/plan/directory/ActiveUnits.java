package vn.health.plan.directory;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

import vn.health.testkit.JsonHttp;

/** {@code GET /api/units?activeOn=}, every page: the commune stations in charge on a day. */
final class ActiveUnits {

	private ActiveUnits() {
	}

	static List<String> communesOn(JsonHttp http, String day) {
		List<String> ids = new ArrayList<>();
		for (int page = 0;; page++) {
			JsonNode found = http.get("/api/units?type=COMMUNE_HEALTH_STATION&activeOn=" + day + "&size=100&page=" + page)
				.json();
			found.get("items").valueStream().forEach((unit) -> ids.add(unit.get("id").asString()));
			if (found.get("items").size() < 100) {
				return ids;
			}
		}
	}

}
