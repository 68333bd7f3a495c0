package vn.health.testkit;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestInstanceFactoryContext;
import org.junit.jupiter.api.extension.TestInstancePreConstructCallback;

/**
 * Points Spring Boot at the shared broker and store through system properties, before the Spring
 * test context is built. The database name is fixed per JVM so cached contexts can be reused. A class
 * with {@code @TestInstance(PER_CLASS)} gets its instance, and with it its Spring context, before the
 * before-all callbacks run, hence also the pre-construct callback.
 */
class RealInfrastructureExtension implements BeforeAllCallback, TestInstancePreConstructCallback {

	private static String databaseUri;

	@Override
	public void beforeAll(ExtensionContext context) {
		configure();
	}

	@Override
	public void preConstructTestInstance(TestInstanceFactoryContext factoryContext, ExtensionContext context) {
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
