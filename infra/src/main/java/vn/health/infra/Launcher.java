package vn.health.infra;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.health.infra.PlatformOptions.SmtpServer;
import vn.health.infra.process.StartupFailure;

/**
 * Starts the whole embedded platform on the default ports and keeps it running until Ctrl-C or
 * SIGTERM. Run from the repository root: {@code Launcher [start] [--data-dir DIR] [--smtp HOST:PORT]}.
 */
public final class Launcher {

	private static final Logger log = LoggerFactory.getLogger(Launcher.class);

	private Launcher() {
	}

	public static void main(String[] args) throws InterruptedException {
		Path root = Path.of("").toAbsolutePath();
		Path dataDir = root.resolve(".data");
		SmtpServer smtp = null;
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
				case "start" -> {
					// the only command, and the default
				}
				case "--data-dir" -> dataDir = Path.of(valueOf(args, ++i));
				case "--smtp" -> smtp = smtpServer(valueOf(args, ++i));
				default -> exitWithUsage("unknown argument: " + args[i]);
			}
		}
		PlatformOptions.Builder options = PlatformOptions.builder(root, dataDir);
		if (smtp != null) {
			options.externalSmtp(smtp.host(), smtp.port());
		}
		run(options.build());
	}

	private static void run(PlatformOptions options) throws InterruptedException {
		PidFile pidFile = new PidFile(options.dataDir().resolve("launcher.pid"));
		try {
			pidFile.claim();
		}
		catch (IOException | IllegalStateException ex) {
			log.error(ex.getMessage());
			System.exit(1);
		}
		Platform platform = new Platform(options);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			platform.close();
			pidFile.release();
		}, "platform-stop"));
		try {
			platform.start();
		}
		catch (StartupFailure ex) {
			log.error(ex.getMessage());
			System.exit(1);
		}
		log.info("Nền tảng đã sẵn sàng / Platform ready: {}", platform.url(Component.GATEWAY.id()));
		log.info("Sign in at {} as a demo user (user name = unit id, e.g. syt, cdc, ttyt-yen-the; password: demo), "
				+ "or get a token: curl -u lgsp-bac-giang:demo-integration-secret -d grant_type=client_credentials {}/oauth2/token",
				platform.url(Component.GATEWAY.id()), platform.url(Component.AUTH_SERVER.id()));
		log.info("Logs: {}  (stop with Ctrl-C or ./platform stop)", options.logDir());
		new CountDownLatch(1).await();
	}

	private static String valueOf(String[] args, int index) {
		if (index >= args.length) {
			exitWithUsage(args[index - 1] + " needs a value");
		}
		return args[index];
	}

	private static SmtpServer smtpServer(String address) {
		int colon = address.lastIndexOf(':');
		if (colon < 1 || !address.substring(colon + 1).matches("\\d+")) {
			exitWithUsage("--smtp needs HOST:PORT, got " + address);
		}
		return new SmtpServer(address.substring(0, colon), Integer.parseInt(address.substring(colon + 1)));
	}

	private static void exitWithUsage(String problem) {
		System.err.println(problem);
		System.err.println("usage: Launcher [start] [--data-dir DIR] [--smtp HOST:PORT]");
		System.exit(2);
	}

}
