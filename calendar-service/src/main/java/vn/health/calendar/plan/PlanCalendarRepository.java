package vn.health.calendar.plan;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

interface PlanCalendarRepository extends MongoRepository<PlanCalendar, String> {

	List<PlanCalendar> findByUnitIdsAndRevokedFalse(String unitId);

	List<PlanCalendar> findByRevokedFalseAndToGreaterThanEqualAndFromLessThanEqual(LocalDate from, LocalDate to);

}
