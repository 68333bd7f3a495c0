package vn.health.notification.webhook;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

/** Các đăng ký webhook. */
interface WebhookSubscriptions extends Repository<WebhookSubscription, String> {

	WebhookSubscription save(WebhookSubscription subscription);

	Optional<WebhookSubscription> findById(String id);

	Page<WebhookSubscription> findAll(Pageable pageable);

	List<WebhookSubscription> findByEventTypesContaining(WebhookEventType type);

	Page<WebhookSubscription> findByCreatedBy(String createdBy, Pageable pageable);

	List<WebhookSubscription> findByCreatedBy(String createdBy);

	void deleteById(String id);

}
