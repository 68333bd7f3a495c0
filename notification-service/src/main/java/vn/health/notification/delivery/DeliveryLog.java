package vn.health.notification.delivery;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.repository.Repository;

/** Nhật ký gửi — the outcomes of deliveries, for operators and for the re-delivery sweep. */
public interface DeliveryLog extends Repository<Delivery, String> {

	Delivery save(Delivery delivery);

	Optional<Delivery> findById(String id);

	List<Delivery> findByRecipientUnitId(String unitId);

	/** Due deliveries, oldest due first; served by the {@code (status, notBefore)} index. */
	List<Delivery> findByStatusAndNotBeforeLessThanEqualOrderByNotBeforeAsc(DeliveryStatus status, Instant now,
			Limit limit);

}
