package vn.health.plan;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import tools.jackson.databind.JsonNode;

import vn.health.contracts.Topics;
import vn.health.testkit.JsonHttp;
import vn.health.testkit.KafkaTestClient;
import vn.health.testkit.SharedInfrastructure;
import vn.health.testkit.security.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;

/** plan-service's API as the console calls it, for the integration tests; plus the seed plans of {@code shared/documents}. */
public final class PlanServiceApi {

	private static final Duration WAIT = Duration.ofSeconds(30);

	/** The default caller of the tests: the Sở's administrator, who may do everything plan-service offers. */
	public static final String ADMIN = "syt";

	private final JsonHttp http;

	private final KafkaTestClient kafka = new KafkaTestClient(SharedInfrastructure.get().kafkaBootstrap());

	private final HttpClient client = HttpClient.newHttpClient();

	private final String baseUrl;

	public PlanServiceApi(int port) {
		this.baseUrl = "http://127.0.0.1:" + port;
		this.http = as(ADMIN);
	}

	/** A signed-in PROVINCE_ADMIN of the Sở named {@code subject}, as the plans' and units' history shows it. */
	public JsonHttp as(String subject) {
		return new JsonHttp(this.baseUrl).withBearer(adminToken(subject));
	}

	/** The same API without a token; {@code withBearer} adds any. */
	public JsonHttp anonymous() {
		return new JsonHttp(this.baseUrl);
	}

	public static String adminToken(String subject) {
		return TestTokens.get().sign(TestTokens.get().claims(subject, "syt", "PROVINCE_ADMIN").build());
	}

	public JsonHttp http() {
		return this.http;
	}

	public JsonHttp.Response put(String path, String json) {
		return this.http.put(path, json);
	}

	/** A multipart POST with one file part, as a browser's file input sends it. */
	public JsonHttp.Response upload(String path, String field, String fileName, String contentType, byte[] content) {
		return upload(adminToken(ADMIN), path, field, fileName, contentType, content);
	}

	/** The same with another caller's token, or none when {@code token} is {@code null}. */
	public JsonHttp.Response upload(String token, String path, String field, String fileName, String contentType,
			byte[] content) {
		String boundary = UUID.randomUUID().toString();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
				+ fileName + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.baseUrl + path))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Accept", "application/json, application/problem+json")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
		if (token != null) {
			request.header("Authorization", TestTokens.bearer(token));
		}
		HttpResponse<String> response = send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		return new JsonHttp.Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
				null, response.body());
	}

	/** A GET answered with bytes (a download), headers included. */
	public HttpResponse<byte[]> download(String path) {
		return send(HttpRequest.newBuilder(URI.create(this.baseUrl + path))
			.header("Authorization", TestTokens.bearer(adminToken(ADMIN)))
			.GET()
			.build(),
				HttpResponse.BodyHandlers.ofByteArray());
	}

	private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
		try {
			return this.client.send(request, handler);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public String unit(String name, String type) {
		JsonHttp.Response response = this.http.post("/api/units",
				"{\"name\": \"" + name + "\", \"type\": \"" + type + "\"}");
		assertThat(response.status()).as(response.toString()).isEqualTo(201);
		return response.json().get("id").asString();
	}

	/** A seed plan from {@code src/main/resources/seed-plans} (also the OpenAPI examples), with {@code {{name}}} replaced by unit ids. */
	public static String seedPlan(String name, Map<String, String> units) {
		try (InputStream in = PlanServiceApi.class.getResourceAsStream("/seed-plans/" + name + ".json")) {
			String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			for (Map.Entry<String, String> unit : units.entrySet()) {
				json = json.replace("{{" + unit.getKey() + "}}", unit.getValue());
			}
			return json;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public String createdId(JsonHttp.Response response) {
		assertThat(response.status()).as(response.toString()).isEqualTo(201);
		return response.json().get("id").asString();
	}

	/** Every event on {@code plans.v1} for the plan, in order, once {@code count} have arrived (or 30 s passed). */
	public List<ConsumerRecord<String, String>> planEvents(String planId, int count) {
		return planEvents(planId, count, WAIT);
	}

	public List<ConsumerRecord<String, String>> planEvents(String planId, int count, Duration wait) {
		return this.kafka.readUntil(Topics.PLANS,
				(read) -> read.stream().filter((record) -> planId.equals(record.key())).count() >= count, wait)
			.stream()
			.filter((record) -> planId.equals(record.key()))
			.toList();
	}

	/** 400 problem+json naming at least {@code fields}, each problem in Vietnamese and English, no stack trace. */
	public static void assertProblem(JsonHttp.Response response, String... fields) {
		assertThat(response.status()).as(response.toString()).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
		JsonNode errors = response.json().get("errors");
		assertThat(errors.valueStream().map((error) -> error.get("field").asString()))
			.as(response.toString())
			.contains(fields);
		errors.valueStream().forEach((error) -> {
			assertThat(error.get("message").asString()).isNotBlank();
			assertThat(error.get("messageEn").asString()).isNotBlank();
		});
		assertThat(response.body()).doesNotContain("Exception", "at vn.");
	}

	/** Every field of {@code expected} is in {@code actual} with the same value; arrays element by element. */
	public static void assertHasEveryField(JsonNode expected, JsonNode actual, String path) {
		if (expected.isObject()) {
			assertThat(actual.isObject()).as(path).isTrue();
			expected.properties().forEach((field) -> {
				assertThat(actual.has(field.getKey())).as(path + "." + field.getKey()).isTrue();
				assertHasEveryField(field.getValue(), actual.get(field.getKey()), path + "." + field.getKey());
			});
		}
		else if (expected.isArray()) {
			assertThat(actual.size()).as(path + " size").isEqualTo(expected.size());
			for (int i = 0; i < expected.size(); i++) {
				assertHasEveryField(expected.get(i), actual.get(i), path + "[" + i + "]");
			}
		}
		else {
			assertThat(actual).as(path).isEqualTo(expected);
		}
	}

}
