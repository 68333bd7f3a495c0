package vn.health.servicekit.support;

import org.bson.Document;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Store health by {@code ping}, for mongo-java-server, which rejects the {@code hello} command that
 * Boot's own indicator sends. Used only where {@code platform.mongo.health-ping=true}.
 */
class MongoPingHealthIndicator extends AbstractHealthIndicator {

	private final MongoTemplate mongo;

	MongoPingHealthIndicator(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		Document result = this.mongo.executeCommand(new Document("ping", 1));
		builder.up().withDetail("database", this.mongo.getDb().getName()).withDetail("ping", result.get("ok"));
	}

}
