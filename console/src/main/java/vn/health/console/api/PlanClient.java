package vn.health.console.api;

import java.util.List;
import java.util.Optional;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/** plan-service's public API: the plans. */
@Component
public class PlanClient {

	private static final ParameterizedTypeReference<Page<PlanSummary>> PLANS = new ParameterizedTypeReference<>() {
	};

	private static final ParameterizedTypeReference<List<PlanVersion>> VERSIONS = new ParameterizedTypeReference<>() {
	};

	private final RestClient rest;

	PlanClient(PlatformApi api) {
		this.rest = api.rest();
	}

	/** Plans in force, newest first. */
	public Page<PlanSummary> issued(int size) {
		return this.rest.get()
			.uri("/api/plans?status=ISSUED&page=0&size={size}&sort=issuedAt,desc", size)
			.retrieve()
			.body(PLANS);
	}

	/** Plans matching the words (with or without diacritics, plan-service matches both), year and status. */
	public Page<PlanSummary> search(String words, Integer year, String status, int page, int size) {
		return this.rest.get()
			.uri((uri) -> uri.path("/api/plans")
				.queryParamIfPresent("q", Optional.ofNullable(words))
				.queryParamIfPresent("year", Optional.ofNullable(year))
				.queryParamIfPresent("status", Optional.ofNullable(status))
				.queryParam("page", page)
				.queryParam("size", size)
				.build())
			.retrieve()
			.body(PLANS);
	}

	public Plan plan(String id) {
		return this.rest.get().uri("/api/plans/{id}", id).retrieve().body(Plan.class);
	}

	public List<PlanVersion> versions(String id) {
		return this.rest.get().uri("/api/plans/{id}/versions", id).retrieve().body(VERSIONS);
	}

}
