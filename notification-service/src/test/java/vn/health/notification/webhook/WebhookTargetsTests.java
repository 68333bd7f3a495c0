package vn.health.notification.webhook;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.health.servicekit.web.FieldProblem;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookTargetsTests {

	private final WebhookTargets production = new WebhookTargets(false);

	private final WebhookTargets tests = new WebhookTargets(true);

	@ParameterizedTest
	@ValueSource(strings = { "http://127.0.0.1:8080/hook", "http://localhost/hook", "http://[::1]/hook",
			"http://10.20.30.40/hook", "http://172.16.0.9/hook", "https://192.168.1.10/hook",
			"http://169.254.169.254/latest/meta-data", "http://[fd12:3456::1]/hook", "http://100.64.0.1/hook",
			"http://0.0.0.0/hook", "http://[fe80::1]/hook", "http://[::ffff:127.0.0.1]/hook" })
	void internalAddressesAreRejectedInProduction(String url) {
		assertThat(this.production.problem(url)).get()
			.extracting(FieldProblem::field, FieldProblem::messageEn)
			.satisfies((problem) -> assertThat(problem.get(1).toString()).startsWith("Loopback, private and link-local"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "ftp://203.113.131.1/hook", "file:///etc/passwd", "gopher://203.113.131.1/",
			"javascript:alert(1)", "http:///no-host", "https://user:pass@203.113.131.1/hook", "not a url", " " })
	void onlyPlainHttpOrHttpsUrlsWithAHostAreAccepted(String url) {
		assertThat(this.production.problem(url)).isPresent();
		assertThat(this.tests.problem(url)).isPresent();
	}

	@ParameterizedTest
	@ValueSource(strings = { "https://203.113.131.1/hook", "http://203.162.4.190:8443/api/events",
			"https://[2001:ee0:4141::1]/hook" })
	void publicAddressesAreAccepted(String url) {
		assertThat(this.production.problem(url)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "http://127.0.0.1:8080/hook", "http://localhost/hook", "http://10.20.30.40/hook" })
	void internalAddressesAreAcceptedOnlyWhenAllowedForTests(String url) {
		assertThat(this.tests.problem(url)).isEmpty();
	}

}
