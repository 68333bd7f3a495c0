package vn.health.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A user's browser for sign-in flows: keeps cookies, follows no redirect by itself (each step can be
 * checked), fills in Spring Security's login form with its CSRF field.
 */
public final class Browser {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	private final CookieManager cookies = new CookieManager();

	private final HttpClient client = HttpClient.newBuilder()
		.cookieHandler(this.cookies)
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	public HttpResponse<String> get(URI uri) {
		return get(uri, "text/html");
	}

	public HttpResponse<String> get(URI uri, String accept) {
		return send(HttpRequest.newBuilder(uri).header("Accept", accept).GET().build());
	}

	/** Follows redirects from {@code response} until one leads to a URL starting with {@code prefix}. */
	public URI followUntil(HttpResponse<String> response, String prefix) {
		URI next = location(response);
		for (int hops = 0; !next.toString().startsWith(prefix); hops++) {
			if (hops == 10) {
				throw new AssertionError("No redirect to " + prefix + " within 10 hops; last: " + next);
			}
			next = location(get(next));
		}
		return next;
	}

	public HttpResponse<String> post(URI uri, Map<String, String> form, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(encode(form)));
		if (headers.length > 0) {
			request.headers(headers);
		}
		return send(request.build());
	}

	/** Signs in on the login page behind {@code page}, returning the redirect that follows. */
	public HttpResponse<String> signIn(URI page, String username, String password) {
		HttpResponse<String> form = get(page);
		Matcher csrf = CSRF.matcher(form.body());
		if (!csrf.find()) {
			throw new AssertionError("No CSRF field on " + page + ": " + form.body());
		}
		return post(page, Map.of("username", username, "password", password, "_csrf", csrf.group(1)));
	}

	/** The value of a cookie this browser holds, e.g. the {@code XSRF-TOKEN} a page's script would read. */
	public java.util.Optional<String> cookie(String name) {
		return this.cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter((cookie) -> cookie.getName().equals(name))
			.map(java.net.HttpCookie::getValue)
			.findFirst();
	}

	public static URI location(HttpResponse<?> response) {
		return response.uri()
			.resolve(response.headers().firstValue("Location").orElseThrow(() -> new AssertionError(
					"No redirect: " + response.statusCode() + " " + response.body())));
	}

	public static Map<String, String> query(URI uri) {
		return java.util.Arrays.stream(uri.getRawQuery().split("&"))
			.map((pair) -> pair.split("=", 2))
			.collect(Collectors.toMap((pair) -> pair[0],
					(pair) -> java.net.URLDecoder.decode(pair[1], StandardCharsets.UTF_8)));
	}

	public static String encode(Map<String, String> form) {
		return form.entrySet()
			.stream()
			.map((field) -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return this.client.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
