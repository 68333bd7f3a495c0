package vn.health.notification.subscriber;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

/** Người đăng ký nhận thông báo. */
public interface Subscribers extends Repository<Subscriber, String> {

	Subscriber save(Subscriber subscriber);

	Optional<Subscriber> findById(String id);

	List<Subscriber> findByUnitIdOrderByNameAsc(String unitId);

	List<Subscriber> findByUnitIdAndSubjectOrderByNameAsc(String unitId, String subject);

	/** The persons of {@code unitId} who want events of {@code eventType}. */
	List<Subscriber> findByUnitIdAndEventTypesContaining(String unitId, String eventType);

	void deleteById(String id);

}
