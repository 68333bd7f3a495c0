package vn.health.notification.delivery;

import java.util.List;

import org.springframework.data.repository.Repository;

/** Nhật ký gửi — the outcomes of deliveries, for operators and for the delivery reports to come. */
public interface DeliveryLog extends Repository<Delivery, String> {

	Delivery save(Delivery delivery);

	List<Delivery> findByRecipientUnitId(String unitId);

}
