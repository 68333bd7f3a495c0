package vn.health.infra;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;

import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.PageLoadStrategy;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.chromium.ChromiumDriverLogLevel;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.util.FileSystemUtils;

/**
 * One person's headless Chromium, with a profile of its own (so no cookie of another user's session), in front
 * of the real gateway: signs in on auth-server's form as a user would, finds and waits for Vietnamese text, keeps
 * a screenshot of each page. The same Debian Chromium and driver as the console's browser tests
 * ({@code console/scripts/install-browser.sh}).
 */
final class ConsoleBrowser implements AutoCloseable {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	/** Pages go through the gateway to services on a loaded machine, events through Kafka: generous, never slept. */
	private static final Duration WAIT = Duration.ofSeconds(90);

	private final ChromeDriver driver;

	private final Path profile;

	private final String gatewayUrl;

	private final Path screenshots;

	private final String user;

	private ConsoleBrowser(String gatewayUrl, Path screenshots, Path logs, String user) throws IOException {
		this.gatewayUrl = gatewayUrl;
		this.user = user;
		this.screenshots = Files.createDirectories(screenshots);
		Files.createDirectories(logs);
		this.profile = Files.createTempDirectory("e2e-chromium");
		// A page counts as loaded at DOMContentLoaded: the tests wait for the text they need, not for every file.
		ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
			.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
					"--disable-background-networking", "--disable-component-update", "--disable-sync",
					"--user-data-dir=" + this.profile, "--window-size=1280,900", "--lang=vi",
					// Idle between commands on a loaded machine, a page must still load and keep its event stream.
					"--disable-background-timer-throttling", "--disable-renderer-backgrounding",
					"--disable-backgrounding-occluded-windows",
					// What the browser sent and got, request by request: shows whether a page that hangs is waiting
					// for the server (a request sent, no answer) or for the browser's own renderer.
					"--log-net-log=" + logs.resolve(user + "-netlog.json"));
		options.setPageLoadStrategy(PageLoadStrategy.EAGER);
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new File(CHROMEDRIVER.toString()))
			.usingAnyFreePort()
			.withEnvironment(Map.of("LANGUAGE", "vi"))
			// Every DevTools command and event with its time, to set beside the gateway's access log.
			.withLogLevel(ChromiumDriverLogLevel.ALL)
			.withReadableTimestamp(true)
			.withLogFile(logs.resolve(user + "-chromedriver.log").toFile())
			.build();
		this.driver = new ChromeDriver(service, options);
		this.driver.manage().timeouts().pageLoadTimeout(WAIT);
	}

	static boolean installed() {
		return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
	}

	/**
	 * Opens the console and signs in on auth-server's own Vietnamese form (reached through the gateway's
	 * OIDC redirect); back at the console, {@code firstPage}'s header names the signed-in user. The driver's log and
	 * the browser's network log go to {@code logs} as {@code <user>-chromedriver.log} and {@code <user>-netlog.json}.
	 */
	static ConsoleBrowser signedIn(String gatewayUrl, String authServerUrl, String user, String password,
			String firstPage, Path screenshots, Path logs) throws IOException {
		ConsoleBrowser browser = new ConsoleBrowser(gatewayUrl, screenshots, logs, user);
		try {
			browser.driver.get(gatewayUrl + "/");
			browser.waitUntil(ExpectedConditions.urlContains(authServerUrl + "/login"));
			browser.driver.findElement(By.id("username")).sendKeys(user);
			browser.driver.findElement(By.id("password")).sendKeys(password);
			browser.screenshot(user + "-dang-nhap");
			browser.driver.findElement(By.cssSelector("button[type=submit]")).click();
			browser.waitUntil(ExpectedConditions.urlContains(gatewayUrl));
			browser.open(firstPage);
			browser.waitForText(".who .user", user);
			return browser;
		}
		catch (RuntimeException | AssertionError ex) {
			// Not yet handed to a try-with-resources: a failed sign-in would leave Chromium and its driver running.
			browser.close();
			throw ex;
		}
	}

	/** Opens a console page by its path, as a bookmark would. */
	void open(String path) {
		this.driver.get(this.gatewayUrl + path);
	}

	void click(By element) {
		scrollTo(element);
		this.driver.findElement(element).click();
	}

	/** Chooses a file in a file field, as the file dialog would. */
	void attach(By field, Path file) {
		this.driver.findElement(field).sendKeys(file.toString());
	}

	void type(By field, String text) {
		WebElement input = this.driver.findElement(field);
		input.clear();
		input.sendKeys(text);
	}

	/** Sets a field as a script would: a date field's typing follows the browser's locale, its value does not. */
	void set(By field, String value) {
		this.driver.executeScript("arguments[0].value = arguments[1];", this.driver.findElement(field), value);
	}

	/** Clears a check box if it is ticked. */
	void untick(By checkBox) {
		if (this.driver.findElement(checkBox).isSelected()) {
			click(checkBox);
		}
	}

	/** Answers yes to the page's confirmation dialog, which must ask {@code question}. */
	void confirm(String question) {
		Alert alert = waitUntil(ExpectedConditions.alertIsPresent());
		String asked = alert.getText();
		alert.accept();
		if (!asked.startsWith(question)) {
			throw new AssertionError("Asked \"" + asked + "\", expected \"" + question + "…\"");
		}
	}

	/** Waits for {@code text} in the page's main content. */
	void waitForText(String text) {
		waitForText("main", text);
	}

	void waitForText(String cssSelector, String text) {
		waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(cssSelector), text));
	}

	String main() {
		return this.driver.findElement(By.tagName("main")).getText();
	}

	Object script(String script, Object... arguments) {
		return this.driver.executeScript(script, arguments);
	}

	private void scrollTo(By element) {
		this.driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", this.driver.findElement(element));
	}

	void screenshot(String name) {
		try {
			Files.write(this.screenshots.resolve(name + ".png"), this.driver.getScreenshotAs(OutputType.BYTES));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Đăng xuất: the header's button ends the gateway's session; the page it leads to is kept too. */
	void signOut() {
		click(By.cssSelector("form.logout button"));
		waitUntil(ExpectedConditions.not(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form.logout"))));
		screenshot(this.user + "-da-dang-xuat");
	}

	/** Waits for {@code condition}; when it never comes, the page as it was is kept and its text is in the failure. */
	<T> T waitUntil(Function<? super WebDriver, T> condition) {
		try {
			return new WebDriverWait(this.driver, WAIT).until(condition);
		}
		catch (TimeoutException ex) {
			screenshot("het-thoi-gian-" + System.currentTimeMillis());
			throw new AssertionError("At " + this.driver.getCurrentUrl() + ": "
					+ this.driver.findElement(By.tagName("body")).getText(), ex);
		}
	}

	@Override
	public void close() {
		this.driver.quit();
		FileSystemUtils.deleteRecursively(this.profile.toFile());
	}

}
