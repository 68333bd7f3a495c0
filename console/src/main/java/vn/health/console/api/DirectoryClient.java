package vn.health.console.api;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.context.annotation.RequestScope;

/**
 * The unit directory (plan-service), read once per page request: pages show unit names, not ids. A unit the
 * directory does not know is shown by its id.
 */
@Component
@RequestScope
public class DirectoryClient {

	/** The largest page the services serve. */
	private static final int PAGE_SIZE = 100;

	private static final ParameterizedTypeReference<Page<Unit>> UNITS = new ParameterizedTypeReference<>() {
	};

	private final RestClient rest;

	private Map<String, Unit> units;

	DirectoryClient(PlatformApi api) {
		this.rest = api.rest();
	}

	public Map<String, Unit> units() {
		if (this.units == null) {
			Map<String, Unit> all = new LinkedHashMap<>();
			Page<Unit> page;
			int number = 0;
			do {
				page = this.rest.get().uri("/api/units?page={page}&size={size}", number++, PAGE_SIZE).retrieve().body(UNITS);
				page.items().forEach((unit) -> all.putIfAbsent(unit.id(), unit));
			}
			while (page.hasNext());
			this.units = all;
		}
		return this.units;
	}

	/** The unit's name, or its id when the directory does not list it. */
	public String name(String unitId) {
		if (unitId == null) {
			return "";
		}
		Unit unit = units().get(unitId);
		return (unit != null) ? unit.name() : unitId;
	}

	/**
	 * Sáp nhập: the units merged into {@code successorId} from {@code effectiveFrom}, their last day the day before.
	 * Sent again, the same merge is answered like the first time.
	 */
	public Unit merge(String successorId, List<String> mergedUnitIds, LocalDate effectiveFrom, String reason) {
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("mergedUnitIds", mergedUnitIds);
		request.put("effectiveFrom", effectiveFrom);
		request.put("reason", reason);
		return this.rest.post()
			.uri("/api/units/{id}/merge", successorId)
			.contentType(MediaType.APPLICATION_JSON)
			.body(request)
			.retrieve()
			.body(Unit.class);
	}

}
