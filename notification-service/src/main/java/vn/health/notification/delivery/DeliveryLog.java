package vn.health.notification.delivery;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.repository.Repository;

/** Nhật ký gửi — the deliveries and their outcomes, for operators and for the dispatcher. */
public interface DeliveryLog extends Repository<Delivery, String> {

	Delivery save(Delivery delivery);

	Optional<Delivery> findById(String id);

	List<Delivery> findByRecipientUnitId(String unitId);

	/** A channel's due deliveries, urgent or not, oldest due first; served by the {@code due} index. */
	List<Delivery> findByStatusAndChannelAndUrgentAndNotBeforeLessThanEqualOrderByNotBeforeAsc(DeliveryStatus status,
			Channel channel, boolean urgent, Instant now, Limit limit);

	/** Deliveries in {@code status} since before {@code before}: claims abandoned by a crash. */
	List<Delivery> findByStatusAndAtLessThan(DeliveryStatus status, Instant before, Limit limit);

}
