package vn.health.notification.delivery;

import java.net.http.HttpClient;
import java.time.Duration;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/** What the HTTP providers (SMS gateway, Zalo OA, webhook receivers) share: the client and what counts as a final refusal. */
public final class ProviderHttp {

	private ProviderHttp() {
	}

	/** HTTP/1.1: gateways rarely speak cleartext HTTP/2, and the upgrade attempt can lose the request body. */
	public static RestClient client(RestClient.Builder builder, Duration connectTimeout) {
		JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
				HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(connectTimeout).build());
		return builder.clone().requestFactory(requests).build();
	}

	/** A 4xx other than 429 will not pass later; 5xx, 429 and network errors may. */
	static boolean refusedForGood(HttpStatusCode status) {
		return status.is4xxClientError() && status.value() != HttpStatus.TOO_MANY_REQUESTS.value();
	}

}
