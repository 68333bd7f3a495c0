package vn.health.servicekit;

import com.mongodb.client.MongoClients;

import org.springframework.data.mongodb.core.MongoTemplate;

import vn.health.testkit.SharedInfrastructure;

/** A template on a fresh database of the shared test store, without a Spring context. */
public final class StoreForTests {

	private StoreForTests() {
	}

	public static MongoTemplate freshDatabase() {
		String uri = SharedInfrastructure.get().mongoUri("service-kit");
		String database = uri.substring(uri.lastIndexOf('/') + 1);
		return new MongoTemplate(MongoClients.create(uri), database);
	}

}
