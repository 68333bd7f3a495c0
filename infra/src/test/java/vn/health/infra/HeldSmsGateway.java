package vn.health.infra;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * An SMS-brandname gateway on loopback that takes every message (200) and keeps what it received, but holds
 * its answer to the first one until {@link #release()}: the window in which notification-service has handed
 * the message over and not yet recorded the outcome.
 */
final class HeldSmsGateway implements AutoCloseable {

	private static final String PATH = "/sms/send";

	private final HttpServer server;

	private final ExecutorService threads = Executors.newCachedThreadPool();

	private final List<String> received = new CopyOnWriteArrayList<>();

	private final CountDownLatch released = new CountDownLatch(1);

	HeldSmsGateway() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress(Ports.HOST, 0), 0);
		this.server.createContext(PATH, this::take);
		this.server.setExecutor(this.threads);
		this.server.start();
	}

	String url() {
		return "http://%s:%d%s".formatted(Ports.HOST, this.server.getAddress().getPort(), PATH);
	}

	/** The JSON bodies received, in order, including one whose answer was never read. */
	List<String> received() {
		return List.copyOf(this.received);
	}

	void release() {
		this.released.countDown();
	}

	private void take(HttpExchange exchange) throws IOException {
		try (exchange; InputStream body = exchange.getRequestBody()) {
			this.received.add(new String(body.readAllBytes(), StandardCharsets.UTF_8));
			if (this.received.size() == 1) {
				this.released.await(2, TimeUnit.MINUTES);
			}
			byte[] answer = "{\"status\":\"accepted\"}".getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().set("Content-Type", "application/json");
			exchange.sendResponseHeaders(200, answer.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(answer);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (IOException ex) {
			// The sender died while its message was held: it was received all the same.
		}
	}

	@Override
	public void close() {
		release();
		this.server.stop(0);
		this.threads.shutdownNow();
	}

}
