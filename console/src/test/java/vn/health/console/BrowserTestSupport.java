package vn.health.console;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.health.testkit.security.TestTokens;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A real headless Chromium in front of the console. A second WireMock stands in for the gateway: it relays the
 * signed-in user's token to the console on every request, as {@code TokenRelay} does. Screenshots go to
 * {@code target/screenshots/}. Without the browser ({@code scripts/install-browser.sh}) the class is skipped.
 */
abstract class BrowserTestSupport extends ConsoleTestSupport {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	static WireMockServer gateway;

	static WebDriver browser;

	private static Path profile;

	@BeforeAll
	static void startBrowser() throws IOException {
		assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
				"Browser tests skipped: /usr/bin/chromium or /usr/bin/chromedriver is missing; run console/scripts/install-browser.sh");
		gateway = new WireMockServer(WireMockConfiguration.options().dynamicPort());
		gateway.start();
		profile = Files.createTempDirectory("console-chromium");
		ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
			.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
					"--disable-background-networking", "--disable-component-update", "--disable-sync",
					"--user-data-dir=" + profile, "--window-size=1280,900", "--lang=vi");
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new File(CHROMEDRIVER.toString()))
			.usingAnyFreePort()
			// Chromium on Linux takes its locale from the environment (not --lang): dates in fields read dd/mm/yyyy.
			.withEnvironment(Map.of("LANGUAGE", "vi"))
			.build();
		browser = new ChromeDriver(service, options);
		Files.createDirectories(SCREENSHOTS);
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
		if (gateway != null) {
			gateway.stop();
		}
	}

	@BeforeEach
	void resetWindow() {
		browser.manage().window().setSize(new Dimension(1280, 900));
	}

	/** The gateway stand-in now relays this user's token, as the real one does after the OIDC sign-in. */
	void signIn(String token) {
		gateway.resetAll();
		gateway.stubFor(any(anyUrl()).atPriority(5).willReturn(aResponse().proxiedFrom(uri("").toString())
			.withAdditionalRequestHeader("Authorization", TestTokens.bearer(token))));
		// The browser reaches the platform's API on the same origin too (the notification stream).
		gateway.stubFor(any(urlPathMatching("/api/.*")).atPriority(1).willReturn(aResponse().proxiedFrom(API.baseUrl())
			.withAdditionalRequestHeader("Authorization", TestTokens.bearer(token))));
	}

	static void waitForText(String text) {
		new WebDriverWait(browser, Duration.ofSeconds(15))
			.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), text));
	}

	static void assertNoHorizontalScroll() {
		Object overflow = ((JavascriptExecutor) browser)
			.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
		assertThat(((Number) overflow).longValue()).as("page wider than the phone screen").isLessThanOrEqualTo(0);
	}

	static void screenshot(String name) {
		try {
			Files.write(SCREENSHOTS.resolve(name + ".png"),
					((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Answers the page's {@code data-confirm} question and returns it. */
	static String confirm(boolean yes) {
		Alert alert = new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.alertIsPresent());
		String question = alert.getText();
		if (yes) {
			alert.accept();
		}
		else {
			alert.dismiss();
		}
		return question;
	}

	/** Replaces what a field holds (a date field takes its value as {@code yyyy-MM-dd}, whatever the locale). */
	static void fill(String id, String value) {
		WebElement field = browser.findElement(By.id(id));
		((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", field, value);
	}

	static void scrollTo(By element) {
		((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});",
				browser.findElement(element));
	}

}
