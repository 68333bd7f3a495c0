package vn.health.infra.kafka;

import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.KafkaException;

import vn.health.infra.process.PortOpen;
import vn.health.infra.process.Readiness;

/** Ready once the broker answers a describe-cluster request with at least one node. */
record KafkaClusterUp(String host, int port) implements Readiness {

	private static final int TIMEOUT_MILLIS = 3000;

	@Override
	public boolean check() {
		// Probing the port first spares the log an admin client's connection warnings.
		if (!new PortOpen(host, port).check()) {
			return false;
		}
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, host + ":" + port,
				AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, TIMEOUT_MILLIS,
				AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, TIMEOUT_MILLIS))) {
			return !admin.describeCluster().nodes().get(TIMEOUT_MILLIS, TimeUnit.MILLISECONDS).isEmpty();
		}
		catch (ExecutionException | TimeoutException | KafkaException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

}
