package vn.health.infra.process;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;

/** Ready once a TCP port accepts connections. */
public record PortOpen(String host, int port) implements Readiness {

	private static final int CONNECT_TIMEOUT_MILLIS = 500;

	@Override
	public boolean check() {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(host, port), CONNECT_TIMEOUT_MILLIS);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

}
