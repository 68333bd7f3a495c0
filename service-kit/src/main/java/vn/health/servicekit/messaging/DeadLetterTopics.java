package vn.health.servicekit.messaging;

import java.util.List;

import org.apache.kafka.clients.admin.NewTopic;

import org.springframework.cloud.stream.binder.kafka.utils.DlqDestinationResolver;
import org.springframework.cloud.stream.config.BindingServiceProperties;
import org.springframework.kafka.config.TopicBuilder;

import vn.health.contracts.Topics;

/** Dead-letter topics named {@code <topic>.<consumer-group>.dlq} (DESIGN rule 3), one per input binding. */
public final class DeadLetterTopics {

	private DeadLetterTopics() {
	}

	/** Every consumer of a service uses the service name as its group, so the record's topic is enough. */
	public static DlqDestinationResolver resolver(String consumerGroup) {
		return (record, exception) -> Topics.deadLetter(record.topic(), consumerGroup);
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
