package vn.health.plan.plan;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import vn.health.plan.PlanServiceApi;
import vn.health.plan.PlanServiceTest;
import vn.health.testkit.JsonHttp;

import static org.assertj.core.api.Assertions.assertThat;

/** Files attached to a plan: stored in GridFS with type and checksum, listed, downloaded byte for byte, or refused. */
@PlanServiceTest
class PlanAttachmentsIntegrationTests {

	private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	@LocalServerPort
	int port;

	@Autowired
	MongoTemplate mongo;

	private PlanServiceApi api;

	private String planId;

	@BeforeEach
	void plan() {
		this.api = new PlanServiceApi(this.port);
		String cdc = this.api.unit("CDC tỉnh", "PROVINCIAL_CDC");
		String district = this.api.unit("TTYT huyện Hiệp Hòa", "DISTRICT_HEALTH_CENTRE");
		this.planId = this.api.createdId(this.api.http().post("/api/plans", """
				{"title": "Kế hoạch truyền thông y tế năm 2024", "year": 2024,
				 "requirements": [{"title": "Báo cáo 6 tháng", "dueDate": "2024-06-20", "dueRule": "BEFORE_DAY",
				                   "reporterUnitIds": ["%s"], "recipientUnitId": "%s"}]}""".formatted(district, cdc)));
	}

	@Test
	void anAttachmentIsStoredWithItsTypeAndChecksumAndComesBackByteForByte() throws Exception {
		byte[] docx = zipStarting("word/document.xml");

		JsonHttp.Response uploaded = this.api.upload("/api/plans/" + this.planId + "/attachments", "file",
				"Phụ lục chủ đề truyền thông.docx", "application/octet-stream", docx);

		assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
		JsonNode attachment = uploaded.json();
		String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(docx));
		assertThat(attachment.get("contentType").asString()).isEqualTo(DOCX);
		assertThat(attachment.get("sha256").asString()).isEqualTo(sha256);
		assertThat(attachment.get("size").asLong()).isEqualTo(docx.length);
		assertThat(attachment.get("fileName").asString()).isEqualTo("Phụ lục chủ đề truyền thông.docx");

		String id = attachment.get("attachmentId").asString();
		HttpResponse<byte[]> download = this.api.download("/api/plans/" + this.planId + "/attachments/" + id);
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.body()).isEqualTo(docx);
		assertThat(download.headers().firstValue("Content-Type")).hasValue(DOCX);
		assertThat(download.headers().firstValue("ETag")).hasValue("\"" + sha256 + "\"");
		assertThat(download.headers().firstValue("Content-Disposition").orElseThrow()).contains("attachment",
				"UTF-8''Ph%E1%BB%A5%20l%E1%BB%A5c");

		JsonNode listed = this.api.http().get("/api/plans/" + this.planId + "/attachments").json();
		assertThat(listed).hasSize(1);
		assertThat(this.api.http().get("/api/plans/" + this.planId).json().get("attachments").get(0).get("sha256")
			.asString()).isEqualTo(sha256);
		JsonNode history = this.api.http().get("/api/plans/" + this.planId + "/history").json();
		assertThat(history.get(1).get("change").asString()).isEqualTo("ATTACHED");
		assertThat(history.get(1).get("detail").asString()).isEqualTo("Phụ lục chủ đề truyền thông.docx");
		assertThat(this.mongo.getCollection("attachments.files").countDocuments(
				new Document("metadata.sha256", sha256))).isEqualTo(1);
	}

	@Test
	void theSameFileAgainAnswersTheAttachmentAlreadyThere() {
		byte[] text = "Danh sách đầu mối truyền thông".getBytes(StandardCharsets.UTF_8);
		String path = "/api/plans/" + this.planId + "/attachments";
		JsonHttp.Response first = this.api.upload(path, "file", "dau-moi.txt", "text/plain", text);

		JsonHttp.Response again = this.api.upload(path, "file", "dau-moi-lan-2.txt", "text/plain", text);

		assertThat(first.status()).isEqualTo(201);
		assertThat(again.status()).isEqualTo(200);
		assertThat(again.json().get("attachmentId").asString()).isEqualTo(first.json().get("attachmentId").asString());
		assertThat(this.api.http().get(path).json()).hasSize(1);
	}

	@Test
	void badFilesAreRefusedWithAProblemSayingWhyAndNothingIsStored() {
		String path = "/api/plans/" + this.planId + "/attachments";
		long filesBefore = this.mongo.getCollection("attachments.files").countDocuments();

		assertRefused(this.api.upload(path, "file", "rong.pdf", "application/pdf", new byte[0]), 400, "EMPTY");
		byte[] tooLarge = new byte[20 * 1024 * 1024 + 1];
		System.arraycopy("%PDF-".getBytes(StandardCharsets.US_ASCII), 0, tooLarge, 0, 5);
		assertRefused(this.api.upload(path, "file", "lon.pdf", "application/pdf", tooLarge), 413, "TOO_LARGE");
		assertRefused(this.api.upload(path, "file", "virus.exe", "application/octet-stream", new byte[] { 'M', 'Z', 0 }),
				415, "UNSUPPORTED_TYPE");
		assertRefused(this.api.upload(path, "file", "doi-ten.pdf", "application/pdf", new byte[] { 'M', 'Z', 0 }), 415,
				"UNSUPPORTED_TYPE");
		assertRefused(this.api.upload(path, "file", "tcvn3.txt", "text/plain",
				new byte[] { 'K', (byte) 0xD5, ' ', 'h', 'o', (byte) 0xB9, 'c', 'h' }), 415, "UNSUPPORTED_TYPE");
		PlanServiceApi.assertProblem(this.api.upload(path, "tep", "a.txt", "text/plain", new byte[] { 'a' }), "file");
		assertThat(this.api.upload(path, "file", "a.txt", "text/plain", new byte[] { 'a' }).status()).isEqualTo(201);
		assertThat(this.api.upload("/api/plans/khong-co/attachments", "file", "b.txt", "text/plain", new byte[] { 'b' })
			.status()).isEqualTo(404);
		assertThat(this.api.download(path + "/0123456789abcdef01234567").statusCode()).isEqualTo(404);

		assertThat(this.mongo.getCollection("attachments.files").countDocuments()).isEqualTo(filesBefore + 1);
		assertThat(this.api.http().get(path).json()).hasSize(1);
	}

	@Test
	void aRevokedPlanTakesNoMoreFiles() {
		this.api.http().post("/api/plans/" + this.planId + "/issue", null);
		this.api.http().post("/api/plans/" + this.planId + "/revoke", "{\"reason\": \"Thay thế\"}", Map.of());

		JsonHttp.Response refused = this.api.upload("/api/plans/" + this.planId + "/attachments", "file", "a.txt",
				"text/plain", new byte[] { 'a' });

		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.contentType()).startsWith("application/problem+json");
	}

	private static void assertRefused(JsonHttp.Response response, int status, String reason) {
		assertThat(response.status()).as(response.toString()).isEqualTo(status);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.json().get("reason").asString()).isEqualTo(reason);
		assertThat(response.json().get("detail").asString()).contains(" / ");
	}

	/** A zip holding {@code entry}, as a .docx is; its signature is what the type check reads. */
	private static byte[] zipStarting(String entry) throws Exception {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry(entry));
			zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		return bytes.toByteArray();
	}

}
