package vn.health.reporting.consolidation;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import org.springframework.boot.test.web.server.LocalServerPort;

import vn.health.reporting.ReportingApi;
import vn.health.reporting.ReportingServiceTest;
import vn.health.testkit.JsonHttp;
import vn.health.testkit.KafkaTestClient;
import vn.health.testkit.SharedInfrastructure;
import vn.health.testkit.security.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /api/reports/consolidated/edxml}: the CDC's consolidation of its districts as an edXML package, and the
 * LGSP endpoints of a deployment without an LGSP.
 */
@ReportingServiceTest
class ConsolidationPackageIntegrationTests {

	private static final String EDOC = "http://www.go.vn/eDoc";

	@LocalServerPort
	int port;

	private final KafkaTestClient kafka = new KafkaTestClient(SharedInfrastructure.get().kafkaBootstrap());

	@Test
	void aConsolidationLeavesAsAPackageFromTheConsolidatingUnitWithItsTextAndWorkbook() throws Exception {
		ReportingApi api = new ReportingApi(this.port);
		String planId = ChainedPlan.issueAndReview(api, this.kafka);

		JsonHttp.Response exported = api.http().get("/api/reports/consolidated/edxml?plan=" + planId + "&requirement=r1");

		assertThat(exported.status()).as(exported.toString()).isEqualTo(200);
		assertThat(exported.contentType()).startsWith("application/xml");
		Document envelope = parsed(exported.body());
		assertThat(envelope.getDocumentElement().getNamespaceURI()).isEqualTo(EDOC);
		assertThat(envelope.getDocumentElement().getLocalName()).isEqualTo("EdXMLEnvelope");
		assertThat(first(envelope, "From").getElementsByTagNameNS(EDOC, "OrganId").item(0).getTextContent())
			.isEqualTo("cdc");
		assertThat(first(envelope, "DocumentId").getTextContent()).startsWith("bc." + planId + ".r1.");
		assertThat(first(envelope, "CodeNotation").getTextContent()).isEqualTo("BC-CDC");
		assertThat(first(envelope, "TypeName").getTextContent()).isEqualTo("Báo cáo");
		assertThat(first(envelope, "Subject").getTextContent()).startsWith("Báo cáo tổng hợp: ");
		var attachments = envelope.getElementsByTagNameNS(EDOC, "Attachment");
		assertThat(attachments.getLength()).isEqualTo(2);
		String text = new String(content((Element) attachments.item(0)), StandardCharsets.UTF_8);
		assertThat(text).contains("số liệu của 1/3 đơn vị đã được duyệt", "Số liệu tổng hợp:",
				ChainedPlan.SESSIONS + ": 12", ChainedPlan.ATTENDEES + ": 340", "Chưa nộp: ttyt-luc-ngan");
		try (XSSFWorkbook workbook = new XSSFWorkbook(
				new ByteArrayInputStream(content((Element) attachments.item(1))))) {
			assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("Tổng hợp");
		}
		String again = api.http().get("/api/reports/consolidated/edxml?plan=" + planId + "&requirement=r1").body();
		assertThat(first(parsed(again), "DocumentId").getTextContent())
			.isEqualTo(first(envelope, "DocumentId").getTextContent());
	}

	@Test
	void aPackageIsForThoseWhoMayReadTheConsolidationAndABadQueryIsAProblem() {
		ReportingApi api = new ReportingApi(this.port);
		String planId = ChainedPlan.issueAndReview(api, this.kafka);

		ReportingApi.assertProblem(api.as("ttyt-yen-the").get("/api/reports/consolidated/edxml?plan=" + planId
				+ "&requirement=r1"), 403);
		ReportingApi.assertInvalid(api.http().get("/api/reports/consolidated/edxml?requirement=r1"), "plan");
	}

	@Test
	void withoutAnLgspSendingIsUnavailableAndOnlyForTheSoOrTheLgspClient() {
		ReportingApi api = new ReportingApi(this.port);
		String planId = ChainedPlan.issueAndReview(api, this.kafka);
		String query = "?plan=" + planId + "&requirement=r1";

		JsonHttp.Response unconfigured = api.http().post("/api/reports/consolidated/lgsp-sends" + query, null);

		ReportingApi.assertProblem(unconfigured, 503);
		assertThat(unconfigured.json().get("detail").asString()).contains("LGSP");
		ReportingApi.assertProblem(api.as("cdc").post("/api/reports/consolidated/lgsp-sends" + query, null), 403);
		ReportingApi.assertProblem(new JsonHttp("http://127.0.0.1:" + this.port)
			.withBearer(TestTokens.get().forClient("lgsp-bac-giang", "syt"))
			.get("/api/reports/consolidated/lgsp-sends/khong-co"), 503);
	}

	private static Document parsed(String xml) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
	}

	private static Element first(Document document, String name) {
		return (Element) document.getElementsByTagNameNS(EDOC, name).item(0);
	}

	private static byte[] content(Element attachment) {
		return Base64.getDecoder()
			.decode(attachment.getElementsByTagNameNS(EDOC, "ContentTransferEncoded").item(0).getTextContent());
	}

}
