package vn.health.reporting;

import org.apache.kafka.clients.admin.NewTopic;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.config.TopicBuilder;

import vn.health.contracts.Topics;

/** Owns reporting obligations and their deadlines; publishes {@code reporting.v1}. */
@SpringBootApplication
public class ReportingServiceApplication {

	public static void main(String[] args) {
		SpringApplication.run(ReportingServiceApplication.class, args);
	}

	@Bean
	NewTopic reportingTopic() {
		return TopicBuilder.name(Topics.REPORTING).partitions(3).build();
	}

}
