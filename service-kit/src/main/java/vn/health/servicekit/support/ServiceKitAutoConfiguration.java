package vn.health.servicekit.support;

import java.time.Clock;
import java.time.ZoneId;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.apache.kafka.common.serialization.StringSerializer;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.boot.mongodb.autoconfigure.health.MongoHealthContributorAutoConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.cloud.stream.binder.kafka.utils.DlqDestinationResolver;
import org.springframework.cloud.stream.config.BindingServiceProperties;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

import vn.health.servicekit.audit.AuditTrail;
import vn.health.servicekit.lock.Leases;
import vn.health.servicekit.lock.MongoLeaseLockProvider;
import vn.health.servicekit.messaging.DeadLetterTopics;
import vn.health.servicekit.messaging.InboundEvents;
import vn.health.servicekit.metrics.MeteredLockingTaskExecutor;
import vn.health.servicekit.metrics.PlatformMetrics;
import vn.health.servicekit.outbox.EventPublisher;
import vn.health.servicekit.outbox.OutboxRelay;
import vn.health.servicekit.web.CorrelationIdFilter;
import vn.health.servicekit.web.ProblemHandling;

/** The shared wiring of every service: one place instead of five copies. */
@AutoConfiguration(before = MongoHealthContributorAutoConfiguration.class)
@EnableScheduling
@Import(ProblemHandling.class)
public class ServiceKitAutoConfiguration {

	/** Deadlines are Vietnamese civil time (DESIGN "Deadlines"); tests replace this bean. */
	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.system(ZoneId.of("Asia/Ho_Chi_Minh"));
	}

	@Bean
	FilterRegistrationBean<CorrelationIdFilter> correlationIdFilter() {
		FilterRegistrationBean<CorrelationIdFilter> registration = new FilterRegistrationBean<>(
				new CorrelationIdFilter());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	/**
	 * Its own template with explicit serializers: the binder's Kafka settings must not change the outbox's. Observed,
	 * so each send is a span whose traceparent header the consumers continue.
	 */
	@Bean
	EventPublisher eventPublisher(KafkaProperties kafka, JsonMapper json,
			@Value("${spring.application.name}") String service, ObjectProvider<ObservationRegistry> observations) {
		var producers = new DefaultKafkaProducerFactory<>(kafka.buildProducerProperties(), new StringSerializer(),
				new StringSerializer());
		KafkaTemplate<String, String> template = new KafkaTemplate<>(producers);
		template.setObservationEnabled(true);
		template.setObservationRegistry(observations.getIfAvailable(() -> ObservationRegistry.NOOP));
		return new EventPublisher(template, json, "/" + service);
	}

	@Bean
	PlatformMetrics platformMetrics(MeterRegistry registry) {
		return new PlatformMetrics(registry);
	}

	@Bean
	OutboxRelay outboxRelay(MongoTemplate mongo, EventPublisher publisher, Leases leases, PlatformMetrics metrics) {
		return new OutboxRelay(mongo, publisher, leases, metrics);
	}

	@Bean
	InboundEvents inboundEvents(JsonMapper json, PlatformMetrics metrics) {
		return new InboundEvents(json, metrics);
	}

	/**
	 * Applies the topics' settings once more when the service is ready. Services start together: another service's
	 * consumer may create a topic between this service's look and its own creation, which then fails as "exists" and
	 * leaves the consumer's defaults (the directory topic not compacted, seen in the end-to-end test).
	 */
	@Bean
	ApplicationListener<ApplicationReadyEvent> topicSettingsOnceReady(KafkaAdmin admin) {
		return (ready) -> admin.initialize();
	}

	@Bean
	DlqDestinationResolver dlqDestinationResolver(@Value("${spring.application.name}") String service,
			PlatformMetrics metrics) {
		return DeadLetterTopics.resolver(service, metrics);
	}

	@Bean
	KafkaAdmin.NewTopics deadLetterTopics(BindingServiceProperties bindings,
			@Value("${spring.application.name}") String service) {
		return new KafkaAdmin.NewTopics(
				DeadLetterTopics.forInputs(bindings, service).toArray(org.apache.kafka.clients.admin.NewTopic[]::new));
	}

	@Bean
	LockingTaskExecutor lockingTaskExecutor(MongoTemplate mongo, @Value("${spring.application.name}") String service,
			MeterRegistry registry) {
		return new MeteredLockingTaskExecutor(new DefaultLockingTaskExecutor(
				new MongoLeaseLockProvider(mongo, service + "@" + ProcessHandle.current().pid())), registry);
	}

	@Bean
	AuditTrail auditTrail(MongoTemplate mongo, Clock clock) {
		return new AuditTrail(mongo, clock);
	}

	@Bean
	Leases leases(LockingTaskExecutor lock) {
		return new Leases(lock);
	}

	@Bean(name = "mongoHealthIndicator")
	@ConditionalOnProperty(name = "platform.mongo.health-ping", havingValue = "true")
	HealthIndicator mongoHealthIndicator(MongoTemplate mongo) {
		return new MongoPingHealthIndicator(mongo);
	}

}
