package vn.health.infra.mongo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

import de.bwaldvogel.mongo.MongoServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.health.store.IndexedH2Backend;

/**
 * A MongoDB-wire-compatible server that keeps its data in one H2 file, so the embedded
 * platform's data survives restarts, and answers queries from the services' indexes
 * (embedded-store). Arguments: {@code <host> <port> <h2-file>}.
 */
public final class MongoWireServer {

	private static final Logger log = LoggerFactory.getLogger(MongoWireServer.class);

	private MongoWireServer() {
	}

	public static void main(String[] args) throws Exception {
		if (args.length != 3) {
			System.err.println("usage: MongoWireServer <host> <port> <h2-file>");
			System.exit(2);
		}
		String host = args[0];
		int port = Integer.parseInt(args[1]);
		Path file = Path.of(args[2]).toAbsolutePath();
		Files.createDirectories(file.getParent());

		// shutdown() closes the H2 backend, which commits what the last autocommit has not.
		MongoServer server = new MongoServer(new IndexedH2Backend(file.toString()));
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			server.shutdown();
			log.info("Mongo-wire server stopped");
		}, "mongo-wire-stop"));
		server.bind(host, port);
		log.info("Mongo-wire server ready on {}:{} (data in {})", host, port, file);
		new CountDownLatch(1).await();
	}

}
