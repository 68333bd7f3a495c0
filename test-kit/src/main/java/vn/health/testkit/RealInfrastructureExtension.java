package vn.health.testkit;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Points Spring Boot at the shared broker and store through system properties, before the Spring
 * test context is built. The database name is fixed per JVM so cached contexts can be reused.
 */
class RealInfrastructureExtension implements BeforeAllCallback {

	private static String databaseUri;

	@Override
	public void beforeAll(ExtensionContext context) {
		configure();
	}

	private static synchronized void configure() {
		if (databaseUri != null) {
			return;
		}
		SharedInfrastructure infrastructure = SharedInfrastructure.get();
		databaseUri = infrastructure.mongoUri("test");
		System.setProperty("spring.kafka.bootstrap-servers", infrastructure.kafkaBootstrap());
		System.setProperty("spring.mongodb.uri", databaseUri);
		System.setProperty("platform.mongo.health-ping", String.valueOf(infrastructure.embeddedMongo()));
	}

}
