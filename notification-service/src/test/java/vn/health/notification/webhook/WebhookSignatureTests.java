package vn.health.notification.webhook;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookSignatureTests {

	/** The published HMAC-SHA256 example (key "key"), so receivers in any language can check their code against it. */
	@Test
	void signatureIsTheHexHmacSha256OfTheBody() {
		assertThat(WebhookSignature.of("key",
				"The quick brown fox jumps over the lazy dog".getBytes(StandardCharsets.UTF_8)))
			.isEqualTo("sha256=f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8");
	}

	@Test
	void everySecretIsNewAndLongEnough() {
		String first = WebhookSignature.newSecret();

		assertThat(first).startsWith("whsec_").hasSize("whsec_".length() + 43);
		assertThat(WebhookSignature.newSecret()).isNotEqualTo(first);
	}

}
