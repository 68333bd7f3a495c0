package vn.health.infra;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * An HTTP request held in flight: its headers and all of its form body but the last byte are sent, so the server has
 * accepted it and its handler waits, inside the application, for the rest ({@code @RequestParam}s of a form POST are
 * read from the body). {@link #finish()} sends that byte and reads the whole answer. What a client on a slow network
 * does to a server that is told to stop meanwhile.
 */
final class HeldRequest implements AutoCloseable {

	private static final Duration READ_TIMEOUT = Duration.ofSeconds(60);

	private final Socket socket;

	private final byte[] body;

	/** Sends {@code POST path} with the form {@code body}, all but its last byte, as {@code bearer}. */
	HeldRequest(String baseUrl, String path, String body, String bearer) {
		this.body = body.getBytes(StandardCharsets.UTF_8);
		URI uri = URI.create(baseUrl);
		try {
			this.socket = new Socket(uri.getHost(), uri.getPort());
			this.socket.setSoTimeout((int) READ_TIMEOUT.toMillis());
			String head = "POST " + path + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort()
					+ "\r\nAuthorization: Bearer " + bearer + "\r\nContent-Type: application/x-www-form-urlencoded"
					+ "\r\nContent-Length: " + this.body.length + "\r\nConnection: close\r\n\r\n";
			OutputStream out = this.socket.getOutputStream();
			out.write(head.getBytes(StandardCharsets.US_ASCII));
			out.write(this.body, 0, this.body.length - 1);
			out.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Sends the last byte; the answer as the server wrote it, status line first, or why there was none. */
	String finish() {
		try {
			OutputStream out = this.socket.getOutputStream();
			out.write(this.body, this.body.length - 1, 1);
			out.flush();
			return new String(this.socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			return "no answer: " + ex;
		}
	}

	@Override
	public void close() throws IOException {
		this.socket.close();
	}

}
