package vn.health.gateway;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HTTP server under the gateway (Reactor Netty, the version the gateway's build resolves) keeps reading a
 * browser's kept-alive connection. A request that arrives while the one before on the connection is not finished
 * waits; when it is then answered at once, Reactor Netty 1.3.6 (Boot 4.0.7's) stopped reading the connection
 * (reactor-netty#4347, fixed in 1.3.8): the browser's next request on it was never read. In the infra browser
 * walk-through that left a page waiting for its stylesheet (after a favicon 404) or the sign-out waiting for its
 * last redirect, on a different page each run. Here the first answer comes {@value #FIRST_ANSWER_MILLIS} ms late and
 * the second request is sent with the first, so the second waits every time; with 1.3.6 the third is never
 * answered, with 1.3.8 it is.
 */
class KeepAliveConnectionTests {

	static final long FIRST_ANSWER_MILLIS = 50;

	/** Only to end the test when the server never answers; an answer comes within milliseconds. */
	private static final int NO_ANSWER_MILLIS = 20_000;

	private final DisposableServer server = HttpServer.create()
		.host("127.0.0.1")
		.port(0)
		.handle((request, response) -> response.sendString(request.uri().equals("/first")
				? Mono.delay(Duration.ofMillis(FIRST_ANSWER_MILLIS)).thenReturn("first") : Mono.just("at once")))
		.bindNow();

	@AfterEach
	void stop() {
		this.server.disposeNow();
	}

	@Test
	void aRequestAfterOneThatWaitedAndWasAnsweredAtOnceIsStillRead() throws IOException {
		try (Socket connection = new Socket("127.0.0.1", this.server.port())) {
			connection.setSoTimeout(NO_ANSWER_MILLIS);
			Answers answers = new Answers(connection.getInputStream());

			send(connection, request("/first") + request("/second"));
			assertThat(answers.next()).isEqualTo("first");
			assertThat(answers.next()).isEqualTo("at once");

			send(connection, request("/third"));
			assertThat(answers.next()).as("the third request on the connection").isEqualTo("at once");
		}
	}

	private static String request(String path) {
		return "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
	}

	private static void send(Socket connection, String requests) throws IOException {
		connection.getOutputStream().write(requests.getBytes(StandardCharsets.US_ASCII));
		connection.getOutputStream().flush();
	}

	/** Reads HTTP/1.1 answers off one connection, each by its Content-Length: the body of each. */
	private static final class Answers {

		private final InputStream in;

		Answers(InputStream in) {
			this.in = in;
		}

		String next() throws IOException {
			List<String> head = new ArrayList<>();
			for (String line = line(); !line.isEmpty(); line = line()) {
				head.add(line);
			}
			int length = head.stream()
				.filter((line) -> line.toLowerCase().startsWith("content-length:"))
				.mapToInt((line) -> Integer.parseInt(line.substring(line.indexOf(':') + 1).trim()))
				.findFirst()
				.orElseThrow();
			return new String(this.in.readNBytes(length), StandardCharsets.UTF_8);
		}

		private String line() throws IOException {
			ByteArrayOutputStream line = new ByteArrayOutputStream();
			for (int b = this.in.read(); b != '\n'; b = this.in.read()) {
				if (b == -1) {
					throw new IOException("The server closed the connection");
				}
				if (b != '\r') {
					line.write(b);
				}
			}
			return line.toString(StandardCharsets.US_ASCII);
		}

	}

}
