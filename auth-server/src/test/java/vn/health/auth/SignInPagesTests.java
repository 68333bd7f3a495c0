package vn.health.auth;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.health.testkit.Browser;

import static org.assertj.core.api.Assertions.assertThat;

/** The pages people see here, as a browser meets them: in Vietnamese, with the form scripts and tests fill in. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "auth.demo=true", "auth.console.post-logout-redirect-uri=" + SignInPagesTests.CONSOLE })
class SignInPagesTests {

	static final String CONSOLE = "http://console.test/";

	private static final String REDIRECT = "http://127.0.0.1:8080/login/oauth2/code/console";

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Test
	void theSignInFormIsVietnameseWithTheFieldsThatScriptsAndTheWalkThroughFillIn() {
		HttpResponse<String> page = new Browser().get(url("/login"));

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("<html lang=\"vi\">", "<title>Đăng nhập — Truyền thông Y tế</title>",
				"<form class=\"stack\" method=\"post\" action=\"/login\">", "name=\"_csrf\"",
				"<label for=\"username\">Tên đăng nhập</label>", "<input id=\"username\" name=\"username\" type=\"text\"",
				"<label for=\"password\">Mật khẩu</label>", "<input id=\"password\" name=\"password\" type=\"password\"",
				"<button type=\"submit\" class=\"primary\">Đăng nhập</button>")
			.doesNotContain("class=\"problem\"", "Please sign in", "Username");
		assertThat(new Browser().get(url("/css/dang-nhap.css"), "text/css").statusCode()).as("styles before sign-in")
			.isEqualTo(200);
	}

	@Test
	void aWrongPasswordIsToldInVietnameseAndSignsNobodyIn() {
		Browser browser = new Browser();
		URI loginPage = Browser.location(browser.get(authorize()));

		URI again = Browser.location(browser.signIn(loginPage, "cdc", "wrong"));

		assertThat(again.getQuery()).isEqualTo("error");
		assertThat(browser.get(again).body())
			.contains("role=\"alert\">Tên đăng nhập hoặc mật khẩu không đúng.</p>", "aria-invalid=\"true\"");
		assertThat(Browser.location(browser.get(authorize())).getPath()).isEqualTo("/login");
	}

	@Test
	void theRightPasswordContinuesTheSignInTheClientAskedFor() {
		Browser browser = new Browser();
		URI loginPage = Browser.location(browser.get(authorize()));

		URI backToAuthorize = Browser.location(browser.signIn(loginPage, "cdc", "demo"));
		URI callback = Browser.location(browser.get(backToAuthorize));

		assertThat(backToAuthorize.getPath()).isEqualTo("/oauth2/authorize");
		assertThat(callback.toString()).startsWith(REDIRECT);
		assertThat(Browser.query(callback)).containsKey("code").containsEntry("state", "s1");
	}

	@Test
	void signingOutAsksFirstThenSaysSoInVietnamese() {
		Browser browser = signedIn();
		HttpResponse<String> confirmation = browser.get(url("/logout"));

		URI signedOut = Browser.location(browser.post(url("/logout"), Map.of("_csrf", csrf(confirmation))));

		assertThat(confirmation.body()).contains("<title>Đăng xuất — Truyền thông Y tế</title>",
				"Bạn có chắc muốn đăng xuất không?", "<button type=\"submit\" class=\"primary\">Đăng xuất</button>");
		assertThat(browser.get(signedOut).body()).contains("role=\"status\">Bạn đã đăng xuất.</p>");
		assertThat(Browser.location(browser.get(authorize())).getPath()).isEqualTo("/login");
	}

	@Test
	void aSignInWithNoClientWaitingEndsAtTheConsole() {
		Browser browser = new Browser();

		URI home = Browser.location(browser.signIn(url("/login"), "syt", "demo"));

		assertThat(Browser.location(browser.get(home))).hasToString(CONSOLE);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"/oauth2/authorize?response_type=code&client_id=nobody | 400 | Yêu cầu đăng nhập không hợp lệ",
			"/connect/logout                                        | 400 | Yêu cầu đăng nhập không hợp lệ",
			"/khong-co                                              | 404 | Trang này không tồn tại." })
	void aRequestThatGoesWrongIsExplainedInVietnamese(String path, int status, String explanation) {
		HttpResponse<String> page = signedIn().get(url(path));

		assertThat(page.statusCode()).isEqualTo(status);
		assertThat(page.body()).contains("<html lang=\"vi\">", "<title>Có lỗi — Truyền thông Y tế</title>", explanation);
	}

	@Test
	void aFormPostedWithAStaleTokenIsToldToSignInAgain() {
		HttpResponse<String> page = new Browser().post(url("/login"),
				Map.of("username", "cdc", "password", "demo", "_csrf", "stale"), "Accept", "text/html");

		assertThat(page.statusCode()).isEqualTo(403);
		assertThat(page.body()).contains("Phiên đăng nhập đã hết hạn hoặc yêu cầu không hợp lệ. Hãy đăng nhập lại.");
	}

	private Browser signedIn() {
		Browser browser = new Browser();
		Browser.location(browser.signIn(url("/login"), "cdc", "demo"));
		return browser;
	}

	private static String csrf(HttpResponse<String> page) {
		Matcher field = CSRF.matcher(page.body());
		assertThat(field.find()).as("a CSRF field on " + page.uri()).isTrue();
		return field.group(1);
	}

	private URI authorize() {
		// RFC 7636's example challenge: the code is never exchanged here (AuthServerTests do that).
		return url("/oauth2/authorize?response_type=code&client_id=console&scope=openid%20profile&state=s1"
				+ "&redirect_uri=" + REDIRECT + "&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"
				+ "&code_challenge_method=S256");
	}

	private URI url(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

}
