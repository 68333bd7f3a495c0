package vn.health.gateway;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * The API documents, open at the gateway: {@code /api-docs/openapi.json}, the whole public API as one OpenAPI
 * document made from the services' own (the {@code *-api-docs} routes to their {@code /v3/api-docs}) side by side,
 * since every path belongs to exactly one service, a service that does not answer named in the description instead
 * of failing the whole document; {@code /api-docs/asyncapi.yaml}, the Kafka topics' AsyncAPI document generated
 * from contracts ({@code docs/asyncapi.yaml}, copied into the jar by the build).
 */
@Configuration(proxyBeanMethods = false)
class ApiDocuments {

	static final String OPENAPI_PATH = "/api-docs/openapi.json";

	static final String ASYNCAPI_PATH = "/api-docs/asyncapi.yaml";

	private static final Logger log = LoggerFactory.getLogger(ApiDocuments.class);

	private static final String ROUTE_SUFFIX = "-api-docs";

	private static final Duration PER_SERVICE = Duration.ofSeconds(5);

	private static final MediaType YAML = MediaType.parseMediaType("application/yaml");

	private static final Resource ASYNCAPI = new ClassPathResource("api-docs/asyncapi.yaml");

	@Bean
	RouterFunction<ServerResponse> apiDocumentRoutes(RouteLocator routes, ObjectProvider<WebClient.Builder> http,
			JsonMapper json) {
		WebClient client = http.getIfAvailable(WebClient::builder).build();
		return RouterFunctions.route()
			.GET(OPENAPI_PATH, (request) -> routes.getRoutes()
				.filter((route) -> route.getId().endsWith(ROUTE_SUFFIX))
				.concatMap((route) -> fetch(client, json, route))
				.collectList()
				.flatMap((documents) -> ServerResponse.ok()
					.contentType(MediaType.APPLICATION_JSON)
					.bodyValue(json.writeValueAsString(merge(json, documents)))))
			.GET(ASYNCAPI_PATH, (request) -> ServerResponse.ok().contentType(YAML).bodyValue(ASYNCAPI))
			.build();
	}

	private static Mono<ServiceDocument> fetch(WebClient client, JsonMapper json, Route route) {
		String service = route.getId().substring(0, route.getId().length() - ROUTE_SUFFIX.length());
		URI uri = route.getUri().resolve("/v3/api-docs");
		return client.get()
			.uri(uri)
			.accept(MediaType.APPLICATION_JSON)
			.retrieve()
			.bodyToMono(String.class)
			.timeout(PER_SERVICE)
			.map((body) -> new ServiceDocument(service, Optional.of(json.readTree(body))))
			.onErrorResume((unavailable) -> {
				log.warn("No OpenAPI document from {} at {}: {}", service, uri, unavailable.toString());
				return Mono.just(new ServiceDocument(service, Optional.empty()));
			});
	}

	private static ObjectNode merge(JsonMapper json, List<ServiceDocument> documents) {
		ObjectNode merged = json.createObjectNode();
		merged.put("openapi", "3.1.0");
		ObjectNode paths = json.createObjectNode();
		ObjectNode components = json.createObjectNode();
		List<String> missing = new ArrayList<>();
		for (ServiceDocument document : documents) {
			if (document.openApi().filter(JsonNode::isObject).isEmpty()) {
				missing.add(document.service());
				continue;
			}
			JsonNode openApi = document.openApi().get();
			openApi.path("paths").properties().forEach((path) -> paths.set(path.getKey(), path.getValue()));
			// Sections (schemas, examples, …) side by side; a name two services share keeps the first definition.
			openApi.path("components").properties().forEach((section) -> {
				ObjectNode into = components.has(section.getKey()) ? (ObjectNode) components.get(section.getKey())
						: components.putObject(section.getKey());
				section.getValue().properties().forEach((entry) -> {
					if (!into.has(entry.getKey())) {
						into.set(entry.getKey(), entry.getValue());
					}
				});
			});
		}
		ObjectNode info = merged.putObject("info");
		info.put("title", "Truyền thông Y tế — public API");
		info.put("version", "1");
		info.put("description", "Every public endpoint through the gateway, merged from each service's /v3/api-docs "
				+ "(also served one by one at /v3/api-docs/{service})."
				+ (missing.isEmpty() ? "" : " Not answering now, so missing here: " + String.join(", ", missing) + "."));
		merged.putArray("servers").addObject().put("url", "/");
		merged.set("paths", paths);
		merged.set("components", components);
		return merged;
	}

	private record ServiceDocument(String service, Optional<JsonNode> openApi) {

	}

}
