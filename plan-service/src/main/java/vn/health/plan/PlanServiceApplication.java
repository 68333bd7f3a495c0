package vn.health.plan;

import org.apache.kafka.clients.admin.NewTopic;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.config.TopicBuilder;

import vn.health.contracts.Topics;

/** Owns plans and the unit directory; publishes {@code plans.v1} and {@code directory.units.v1}. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PlanServiceApplication {

	public static void main(String[] args) {
		SpringApplication.run(PlanServiceApplication.class, args);
	}

	@Bean
	NewTopic plansTopic() {
		return TopicBuilder.name(Topics.PLANS).partitions(3).build();
	}

	/** Compacted: a new consumer rebuilds the whole directory from the latest event per unit. */
	@Bean
	NewTopic unitsTopic() {
		return TopicBuilder.name(Topics.DIRECTORY_UNITS).partitions(3).compact().build();
	}

}
