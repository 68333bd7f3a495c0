package vn.health.plan.edxml;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import vn.health.plan.PlanServiceApi;
import vn.health.plan.PlanServiceTest;
import vn.health.testkit.JsonHttp;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code POST /api/integration/edxml}: a package in, a draft out; a repeat is refused and bad packages store nothing. */
@PlanServiceTest
class EdXmlImportIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	MongoTemplate mongo;

	@Test
	void aPackageGivesADraftWithFindingsAndIsRefusedWhenSentAgain() throws Exception {
		long plans = count("plans");
		long received = count("received_packages");
		String documentId = UUID.randomUUID().toString();

		JsonHttp.Response first = postXml(SamplePackages.bacGiang(documentId));

		assertThat(first.status()).as(first.toString()).isEqualTo(200);
		JsonNode body = first.json();
		assertThat(body.get("packageId").asString()).isEqualTo("000.00.20.H06|" + documentId);
		assertThat(body.get("draft").get("number").asString()).isEqualTo("35/KH-SYT");
		assertThat(body.get("draft").get("signer").get("fullName").asString()).isEqualTo("Từ Quốc Hiệu");
		assertThat(body.get("draft").get("themes").size()).isEqualTo(38);
		assertThat(body.get("draft").get("requirements").get(2).get("dueDate").asString()).isEqualTo("2024-03-20");
		assertThat(body.get("fields").valueStream().map((field) -> field.get("field").asString()))
			.contains("requirements[2]", "themes[0]")
			.doesNotContain("number", "title");
		assertThat(body.get("findings").isArray()).isTrue();
		assertThat(body.get("source").get("fileName").asString()).isEqualTo("ke-hoach-truyen-thong-y-te-2024.txt");
		assertThat(count("received_packages")).isEqualTo(received + 1);

		JsonHttp.Response again = postXml(SamplePackages.bacGiang(documentId));

		assertThat(again.status()).as(again.toString()).isEqualTo(409);
		assertThat(again.contentType()).startsWith("application/problem+json");
		assertThat(again.json().get("detail").asString()).contains(documentId, " / ");
		assertThat(count("received_packages")).isEqualTo(received + 1);
		assertThat(count("plans")).isEqualTo(plans);
	}

	@Test
	void aPackageUploadedAsAFileIsReadTheSameWay() throws Exception {
		JsonHttp.Response response = postFile(SamplePackages.bacGiang(UUID.randomUUID().toString()));

		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		assertThat(response.json().get("draft").get("number").asString()).isEqualTo("35/KH-SYT");
	}

	@Test
	void badPackagesAreRefusedWithAProblemAndNothingIsStored(@TempDir Path directory) throws Exception {
		long received = count("received_packages");
		Path secret = Files.writeString(directory.resolve("secret.txt"), "mat-khau-bi-mat-42");
		String id = UUID.randomUUID().toString();

		PlanServiceApi.assertProblem(postXml("<EdXMLEnvelope xmlns=\"http://www.go.vn/eDoc\">".getBytes()), "");
		PlanServiceApi.assertProblem(postXml(SamplePackages.named("wrong-namespace.xml", Map.of("documentId", id))), "");
		PlanServiceApi.assertProblem(postXml(SamplePackages.named("missing-header-fields.xml", Map.of())),
				"MessageHeader.From.OrganId", "MessageHeader.DocumentId", "MessageHeader.Subject");
		JsonHttp.Response xxe = postXml(SamplePackages.named("external-entity.xml",
				Map.of("file", secret.toUri().toString(), "documentId", id)));
		PlanServiceApi.assertProblem(xxe, "");
		assertThat(xxe.body()).doesNotContain("mat-khau-bi-mat-42");
		PlanServiceApi.assertProblem(postXml(SamplePackages.named("billion-laughs.xml", Map.of())), "");
		byte[] oversize = Arrays.copyOf(SamplePackages.bacGiang(id), EdXmlReader.MAX_BYTES + 1024);
		assertStatus(postXml(oversize), 413);
		assertStatus(postFile(oversize), 413);
		assertThat(count("received_packages")).isEqualTo(received);
	}

	private long count(String collection) {
		return this.mongo.getCollection(collection).countDocuments();
	}

	private static void assertStatus(JsonHttp.Response response, int status) {
		assertThat(response.status()).as(response.toString()).isEqualTo(status);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.json().get("detail").asString()).contains(" / ");
	}

	private JsonHttp.Response postXml(byte[] xml) throws Exception {
		return send("application/xml", xml);
	}

	private JsonHttp.Response postFile(byte[] xml) throws Exception {
		String boundary = UUID.randomUUID().toString();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"goi-tin.xml\""
				+ "\r\nContent-Type: application/xml\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.write(xml);
		body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return send("multipart/form-data; boundary=" + boundary, body.toByteArray());
	}

	private JsonHttp.Response send(String contentType, byte[] body) {
		return new EdXmlHttp(this.port).send(contentType, body);
	}

}
