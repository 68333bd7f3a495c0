package vn.health.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

/** The loopback ports of every process of the embedded platform. */
public record Ports(int mongo, int kafka, int kafkaController, int smtp, int imap, int authServer, int planService,
		int reportingService, int calendarService, int notificationService, int console, int gateway) {

	/** Every process listens on loopback only. */
	public static final String HOST = "127.0.0.1";

	public static Ports defaults() {
		return new Ports(27018, 19092, 19093, 3025, 3143, 9000, 8081, 8082, 8083, 8084, 8085, 8080);
	}

	/** Ports that are free right now, for tests that run beside a developer's platform. */
	public static Ports free() {
		int[] p = freePorts(12);
		return new Ports(p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7], p[8], p[9], p[10], p[11]);
	}

	/** {@code count} different loopback ports that are free right now. */
	static int[] freePorts(int count) {
		List<ServerSocket> sockets = new ArrayList<>();
		try {
			for (int i = 0; i < count; i++) {
				sockets.add(new ServerSocket(0, 1, InetAddress.getLoopbackAddress()));
			}
			return sockets.stream().mapToInt(ServerSocket::getLocalPort).toArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			sockets.forEach(Ports::closeQuietly);
		}
	}

	/** The HTTP port of the auth-server, a service (its first instance), the console or the gateway. */
	public int http(Component application) {
		return switch (application) {
			case AUTH_SERVER -> authServer;
			case PLAN_SERVICE -> planService;
			case REPORTING_SERVICE -> reportingService;
			case CALENDAR_SERVICE -> calendarService;
			case NOTIFICATION_SERVICE -> notificationService;
			case CONSOLE -> console;
			case GATEWAY -> gateway;
			default -> throw new IllegalArgumentException(application.id() + " does not serve HTTP");
		};
	}

	private static void closeQuietly(ServerSocket socket) {
		try {
			socket.close();
		}
		catch (IOException ex) {
			// The port was only reserved for a moment; nothing to release.
		}
	}

}
