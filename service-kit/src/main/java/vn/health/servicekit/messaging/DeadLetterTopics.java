package vn.health.servicekit.messaging;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.header.Header;

import org.springframework.cloud.stream.binder.kafka.utils.DlqDestinationResolver;
import org.springframework.cloud.stream.config.BindingServiceProperties;
import org.springframework.kafka.config.TopicBuilder;

import vn.health.contracts.CloudEventHeaders;
import vn.health.contracts.Topics;
import vn.health.servicekit.metrics.PlatformMetrics;

/** Dead-letter topics named {@code <topic>.<consumer-group>.dlq} (DESIGN rule 3), one per input binding. */
public final class DeadLetterTopics {

	private DeadLetterTopics() {
	}

	/**
	 * Every consumer of a service uses the service name as its group, so the record's topic is enough. The binder
	 * asks once per record it dead-letters, so this is where dead letters are counted.
	 */
	public static DlqDestinationResolver resolver(String consumerGroup, PlatformMetrics metrics) {
		return (record, exception) -> {
			String deadLetterTopic = Topics.deadLetter(record.topic(), consumerGroup);
			Header type = record.headers().lastHeader(CloudEventHeaders.TYPE);
			metrics.deadLettered(record.topic(), deadLetterTopic,
					(type != null) ? new String(type.value(), StandardCharsets.UTF_8) : "unknown");
			return deadLetterTopic;
		};
	}

	/** The topics the resolver names, created up front so a dead letter is never refused. */
	public static List<NewTopic> forInputs(BindingServiceProperties bindings, String consumerGroup) {
		return bindings.getBindings()
			.entrySet()
			.stream()
			.filter((binding) -> binding.getKey().contains("-in-"))
			.map((binding) -> binding.getValue().getDestination())
			.distinct()
			.map((topic) -> TopicBuilder.name(Topics.deadLetter(topic, consumerGroup)).partitions(1).build())
			.toList();
	}

}
