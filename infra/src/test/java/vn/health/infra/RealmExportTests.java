package vn.health.infra;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keycloak's realm (compose) and the embedded auth-server (./platform) must issue the same users,
 * roles and claims, or a service would behave differently on the two stacks. Keycloak itself cannot
 * run here (no Docker), so this checks the export's content.
 */
class RealmExportTests {

	private static final String REALM_FILE = "infra/keycloak/realm-truyen-thong-y-te.json";

	private final JsonNode realm = JsonMapper.builder().build().readTree(RepositoryFiles.read(REALM_FILE));

	@Test
	void everyDemoUserOfTheEmbeddedIssuerIsInTheRealmWithTheSameUnitAndRoles() {
		Map<String, String> embedded = RepositoryFiles.read("auth-server/src/main/resources/demo-users.csv")
			.lines()
			.filter((line) -> !line.isBlank() && !line.startsWith("#"))
			.map((line) -> line.split(","))
			.collect(Collectors.toMap((fields) -> fields[0], (fields) -> fields[1] + " " + sorted(fields[2])));

		Map<String, String> inRealm = people().stream()
			.collect(Collectors.toMap((user) -> user.get("username").asString(),
					(user) -> user.get("attributes").get("unit_id").get(0).asString() + " "
							+ sorted(texts(user.get("realmRoles")))));

		assertThat(inRealm).isEqualTo(embedded).containsEntry("tyt-xa-dong-ky", "tyt-xa-dong-ky UNIT_OFFICER");
	}

	@Test
	void theRealmDefinesExactlyThePlatformsRoles() {
		assertThat(this.realm.get("roles").get("realm").values()).extracting((role) -> role.get("name").asString())
			.containsExactlyInAnyOrder("PROVINCE_ADMIN", "COORDINATOR", "UNIT_OFFICER", "VIEWER", "INTEGRATION");
	}

	@Test
	void theConsoleIsAConfidentialClientThatMustUsePkce() {
		JsonNode console = client("console");

		// The gateway holds its secret and renews sessions with refresh tokens (gateway README)
		assertThat(console.get("publicClient").asBoolean()).isFalse();
		assertThat(console.get("clientAuthenticatorType").asString()).isEqualTo("client-secret");
		assertThat(console.get("standardFlowEnabled").asBoolean()).isTrue();
		assertThat(console.get("directAccessGrantsEnabled").asBoolean()).isFalse();
		assertThat(console.get("attributes").get("pkce.code.challenge.method").asString()).isEqualTo("S256");
		assertPlatformClaims(console);
	}

	@Test
	void theIntegrationClientUsesClientCredentialsAndActsForTheSo() {
		JsonNode integration = client("lgsp-bac-giang");
		JsonNode serviceAccount = users().stream()
			.filter((user) -> "lgsp-bac-giang".equals(user.path("serviceAccountClientId").asString(null)))
			.findFirst()
			.orElseThrow();

		assertThat(integration.get("serviceAccountsEnabled").asBoolean()).isTrue();
		assertThat(integration.get("standardFlowEnabled").asBoolean()).isFalse();
		assertThat(texts(serviceAccount.get("realmRoles"))).containsExactly("INTEGRATION");
		assertThat(serviceAccount.get("attributes").get("unit_id").get(0).asString()).isEqualTo("syt");
		assertPlatformClaims(integration);
	}

	@Test
	void noSecretIsInTheFileOnlyPlaceholdersResolvedFromTheEnvironment() {
		assertThat(client("lgsp-bac-giang").get("secret").asString()).isEqualTo("${INTEGRATION_CLIENT_SECRET}");
		assertThat(client("console").get("secret").asString()).isEqualTo("${CONSOLE_CLIENT_SECRET}");
		assertThat(people()).allSatisfy((user) -> assertThat(user.get("credentials").get(0).get("value").asString())
			.isEqualTo("${DEMO_USER_PASSWORD}"));
	}

	@Test
	void composeImportsTheRealmFile() {
		assertThat(RepositoryFiles.read("docker-compose.yml")).contains("--import-realm")
			.contains("./" + REALM_FILE + ":/opt/keycloak/data/import/");
	}

	private static void assertPlatformClaims(JsonNode client) {
		Map<String, String> claims = client.get("protocolMappers")
			.values()
			.stream()
			.collect(Collectors.toMap((mapper) -> mapper.get("config").get("claim.name").asString(),
					(mapper) -> mapper.get("protocolMapper").asString()));
		assertThat(claims).containsEntry("unit_id", "oidc-usermodel-attribute-mapper")
			.containsEntry("roles", "oidc-usermodel-realm-role-mapper");
	}

	private JsonNode client(String clientId) {
		return this.realm.get("clients")
			.values()
			.stream()
			.filter((client) -> client.get("clientId").asString().equals(clientId))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No client " + clientId));
	}

	private List<JsonNode> users() {
		return this.realm.get("users").values().stream().toList();
	}

	/** Users who sign in, not service accounts. */
	private List<JsonNode> people() {
		return users().stream().filter((user) -> !user.has("serviceAccountClientId")).toList();
	}

	private static List<String> texts(JsonNode array) {
		return array.values().stream().map(JsonNode::asString).toList();
	}

	private static String sorted(String spaceSeparated) {
		return sorted(List.of(spaceSeparated.split(" ")));
	}

	private static String sorted(List<String> values) {
		return values.stream().sorted().collect(Collectors.joining(" "));
	}

}
