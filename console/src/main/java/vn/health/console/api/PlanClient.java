package vn.health.console.api;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/** plan-service's public API: the plans. */
@Component
public class PlanClient {

	private static final ParameterizedTypeReference<Page<PlanSummary>> PLANS = new ParameterizedTypeReference<>() {
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

}
