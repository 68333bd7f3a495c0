package vn.health.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.common.GroupState;
import org.apache.kafka.common.TopicPartition;

/**
 * How the broker shares a consumer group's partitions among the instances of a service. A member is told apart by
 * its member id, which the Kafka client logs as it joins ({@code Successfully joined group ... memberId='...'}) in
 * the log of the instance it runs in; instances on one machine share host and client ids.
 */
final class ConsumerGroupShares {

	private final String bootstrap;

	ConsumerGroupShares(String bootstrap) {
		this.bootstrap = bootstrap;
	}

	/**
	 * The partitions each instance holds, by instance name, once the group is stable; empty while it rebalances or
	 * has a member that none of the logs names.
	 */
	Optional<Map<String, List<TopicPartition>>> held(String group, Map<String, Path> logsByInstance) {
		ConsumerGroupDescription description = describe(group);
		if (description.groupState() != GroupState.STABLE) {
			return Optional.empty();
		}
		Map<String, String> logs = new LinkedHashMap<>();
		logsByInstance.forEach((instance, log) -> logs.put(instance, read(log)));
		Map<String, List<TopicPartition>> held = new LinkedHashMap<>();
		logs.keySet().forEach((instance) -> held.put(instance, new ArrayList<>()));
		for (MemberDescription member : description.members()) {
			Optional<String> instance = logs.entrySet().stream()
				.filter((log) -> log.getValue().contains("memberId='" + member.consumerId() + "'"))
				.map(Map.Entry::getKey)
				.findFirst();
			if (instance.isEmpty()) {
				return Optional.empty();
			}
			held.get(instance.get()).addAll(member.assignment().topicPartitions());
		}
		return Optional.of(held);
	}

	private ConsumerGroupDescription describe(String group) {
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, this.bootstrap))) {
			return admin.describeConsumerGroups(List.of(group)).describedGroups().get(group).get();
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("Could not describe consumer group " + group, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String read(Path log) {
		try {
			return Files.readString(log);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
