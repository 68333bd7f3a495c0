package vn.health.calendar.holiday;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.data.mongodb.repository.MongoRepository;

interface HolidayAdjustmentRepository extends MongoRepository<HolidayAdjustment, String> {

	Optional<HolidayAdjustment> findByDate(LocalDate date);

}
