package vn.health.notification.webhook;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import vn.health.servicekit.web.FieldProblem;

/**
 * Địa chỉ nhận webhook — which URLs this service may call (SSRF rules): {@code http} or {@code https}, a host that
 * resolves, and none of its addresses loopback, private (RFC 1918, IPv6 unique local, carrier-grade NAT), link-local
 * (incl. the cloud metadata address 169.254.169.254), unspecified or multicast, unless
 * {@code notification.webhooks.allow-private-addresses} is set for tests. Checked when a subscription is made and
 * again before every delivery, as a name may later resolve elsewhere.
 */
@Component
public class WebhookTargets {

	static final int MAX_LENGTH = 2000;

	private final boolean allowPrivate;

	@Autowired
	WebhookTargets(WebhookProperties settings) {
		this(settings.allowPrivateAddresses());
	}

	WebhookTargets(boolean allowPrivate) {
		this.allowPrivate = allowPrivate;
	}

	/** What is wrong with {@code url} as a receiver, or empty when it may be called. */
	public Optional<FieldProblem> problem(String url) {
		if (url == null || url.isBlank()) {
			return problem("Cần địa chỉ URL nhận sự kiện", "url is required");
		}
		if (url.length() > MAX_LENGTH) {
			return problem("Địa chỉ URL dài quá " + MAX_LENGTH + " ký tự", "url is longer than " + MAX_LENGTH);
		}
		URI uri;
		try {
			uri = new URI(url.strip());
		}
		catch (URISyntaxException ex) {
			return problem("Địa chỉ URL không hợp lệ", "url is not a valid URL");
		}
		String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
		if (!scheme.equals("http") && !scheme.equals("https")) {
			return problem("Chỉ chấp nhận địa chỉ http hoặc https", "Only http and https URLs are accepted");
		}
		if (uri.getHost() == null || uri.getHost().isBlank()) {
			return problem("Địa chỉ URL thiếu tên máy chủ", "url has no host");
		}
		if (uri.getUserInfo() != null) {
			return problem("Địa chỉ URL không được chứa tên đăng nhập hoặc mật khẩu",
					"url must not contain a user name or password");
		}
		return this.allowPrivate ? Optional.empty() : addressProblem(uri.getHost());
	}

	private static Optional<FieldProblem> addressProblem(String host) {
		InetAddress[] addresses;
		try {
			addresses = InetAddress.getAllByName(host);
		}
		catch (UnknownHostException ex) {
			return problem("Không tìm thấy máy chủ " + host, "Host " + host + " does not resolve");
		}
		if (Arrays.stream(addresses).anyMatch(WebhookTargets::isInternal)) {
			return problem("Không được gửi tới địa chỉ nội bộ (loopback, mạng riêng, link-local): " + host,
					"Loopback, private and link-local addresses are not allowed: " + host);
		}
		return Optional.empty();
	}

	static boolean isInternal(InetAddress address) {
		byte[] bytes = address.getAddress();
		boolean uniqueLocalV6 = bytes.length == 16 && (bytes[0] & 0xfe) == 0xfc;
		boolean carrierGradeNat = bytes.length == 4 && (bytes[0] & 0xff) == 100 && (bytes[1] & 0xc0) == 64;
		boolean thisNetwork = bytes.length == 4 && bytes[0] == 0;
		return address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
				|| address.isSiteLocalAddress() || address.isMulticastAddress() || uniqueLocalV6 || carrierGradeNat
				|| thisNetwork;
	}

	private static Optional<FieldProblem> problem(String message, String messageEn) {
		return Optional.of(new FieldProblem("url", message, messageEn));
	}

}
