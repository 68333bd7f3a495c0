package vn.health.console.api;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

import tools.jackson.databind.JsonNode;

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

	/** Reads an uploaded plan document into a draft with findings; plan-service stores nothing. */
	public PlanImport importDocument(String fileName, byte[] content) {
		MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
		parts.add("file", new ByteArrayResource(content) {
			@Override
			public String getFilename() {
				return fileName;
			}
		});
		return this.rest.post()
			.uri("/api/plans/import")
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(parts)
			.retrieve()
			.body(PlanImport.class);
	}

	/** Saves a draft; plan-service's history names the token's user. */
	public Plan createDraft(JsonNode draft) {
		return this.rest.post()
			.uri("/api/plans")
			.contentType(MediaType.APPLICATION_JSON)
			.body(draft)
			.retrieve()
			.body(Plan.class);
	}

	/** The plan as plan-service stores it, every field: the base an edit or an amendment changes. */
	public JsonNode document(String id) {
		return this.rest.get().uri("/api/plans/{id}", id).retrieve().body(JsonNode.class);
	}

	/** Replaces a draft's content (only a draft changes in place). */
	public Plan editDraft(String id, JsonNode draft) {
		return this.rest.put()
			.uri("/api/plans/{id}", id)
			.contentType(MediaType.APPLICATION_JSON)
			.body(draft)
			.retrieve()
			.body(Plan.class);
	}

	/** Sửa đổi, bổ sung: the whole plan as it reads afterwards becomes its next version, for the reason given. */
	public Plan amend(String id, String reason, JsonNode plan) {
		return this.rest.post()
			.uri("/api/plans/{id}/amendments", id)
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("reason", reason, "plan", plan))
			.retrieve()
			.body(Plan.class);
	}

	/** Thu hồi: the plan stops assigning work; the reason is kept in its history. */
	public Plan revoke(String id, String reason) {
		return this.rest.post()
			.uri("/api/plans/{id}/revoke", id)
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("reason", reason))
			.retrieve()
			.body(Plan.class);
	}

	/** Issues a draft: from now on it assigns work and creates obligations. */
	public Plan issue(String id) {
		return this.rest.post().uri("/api/plans/{id}/issue", id).retrieve().body(Plan.class);
	}

}
