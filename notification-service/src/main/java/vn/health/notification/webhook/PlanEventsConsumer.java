package vn.health.notification.webhook;

import java.util.function.Consumer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import vn.health.servicekit.messaging.InboundEvents;

/** {@code plans.v1}: only webhook subscribers care about plans here ({@code plan.issued}, {@code plan.amended}). */
@Configuration(proxyBeanMethods = false)
class PlanEventsConsumer {

	@Bean
	Consumer<Message<byte[]>> forwardPlans(InboundEvents events, WebhookFanOut webhooks) {
		return (message) -> events.handle(message, webhooks::publish);
	}

}
