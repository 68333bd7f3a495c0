package vn.health.store;

import java.net.InetSocketAddress;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import org.bson.Document;

/** A Mongo-wire server on a free port with a client connected to it; closing stops both. */
final class Stores implements AutoCloseable {

	private final MongoServer server;

	private final MongoClient client;

	Stores(MongoBackend backend) {
		this.server = new MongoServer(backend);
		InetSocketAddress address = this.server.bind();
		this.client = MongoClients.create("mongodb://%s:%d".formatted(address.getHostString(), address.getPort()));
	}

	MongoCollection<Document> collection(String name) {
		return this.client.getDatabase("store").getCollection(name);
	}

	@Override
	public void close() {
		this.client.close();
		this.server.shutdownNow();
	}

}
