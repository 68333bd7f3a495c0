package vn.health.console.api;

import java.util.List;
import java.util.Map;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/** reporting-service's public API: obligations, submissions, reviews, consolidation. */
@Component
public class ReportingClient {

	/** The header naming the unit that acts (reporter for a submission, recipient for a review). */
	static final String UNIT_HEADER = "X-Unit-Id";

	public static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private static final ParameterizedTypeReference<Page<Obligation>> OBLIGATIONS = new ParameterizedTypeReference<>() {
	};

	private final RestClient rest;

	ReportingClient(PlatformApi api) {
		this.rest = api.rest();
	}

	/** A unit's obligations sorted by deadline; {@code status} null for all. */
	public Page<Obligation> obligations(String unitId, String status, int page, int size) {
		return this.rest.get()
			.uri((uri) -> uri.path("/api/obligations")
				.queryParamIfPresent("unit", java.util.Optional.ofNullable(unitId))
				.queryParamIfPresent("status", java.util.Optional.ofNullable(status))
				.queryParam("page", page)
				.queryParam("size", size)
				.build())
			.retrieve()
			.body(OBLIGATIONS);
	}

	public Obligation obligation(String id) {
		return this.rest.get().uri("/api/obligations/{id}", id).retrieve().body(Obligation.class);
	}

	/** Submits a version as {@code unitId}; the key makes a repeated click one submission. */
	public Obligation submit(String id, String unitId, String idempotencyKey, String narrative,
			Map<String, Double> indicators) {
		return this.rest.post()
			.uri("/api/obligations/{id}/submissions", id)
			.header(UNIT_HEADER, unitId)
			.header("Idempotency-Key", idempotencyKey)
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("narrative", narrative, "indicators", indicators, "attachments", List.of()))
			.retrieve()
			.body(Obligation.class);
	}

	/** Accepts ({@code ACCEPT}) or returns ({@code RETURN}, with a reason) the latest version as {@code unitId}. */
	public Obligation review(String id, String unitId, String decision, String reason) {
		return this.rest.post()
			.uri("/api/obligations/{id}/review", id)
			.header(UNIT_HEADER, unitId)
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("decision", decision, "reason", reason))
			.retrieve()
			.body(Obligation.class);
	}

	/** The whole plan's reporting rates, overall and per period: the Sở's (PROVINCE_ADMIN, VIEWER) to read. */
	public Completeness completeness(String planId) {
		return this.rest.get().uri("/api/reports/completeness?plan={plan}", planId).retrieve().body(Completeness.class);
	}

	/** One requirement's reporting rates: also for whoever may read the unit it is sent to (the CDC, a district). */
	public Completeness completeness(String planId, String requirementId) {
		return this.rest.get()
			.uri("/api/reports/completeness?plan={plan}&requirement={requirement}", planId, requirementId)
			.retrieve()
			.body(Completeness.class);
	}

	public Consolidation consolidation(String planId, String requirementId) {
		return this.rest.get()
			.uri("/api/reports/consolidated?plan={plan}&requirement={requirement}", planId, requirementId)
			.retrieve()
			.body(Consolidation.class);
	}

	/** The same consolidation as an .xlsx workbook. */
	public byte[] consolidationWorkbook(String planId, String requirementId) {
		return this.rest.get()
			.uri("/api/reports/consolidated?plan={plan}&requirement={requirement}", planId, requirementId)
			.accept(XLSX)
			.retrieve()
			.body(byte[].class);
	}

}
