package vn.health.calendar.holiday;

import org.springframework.data.mongodb.repository.MongoRepository;

interface HolidayAdjustmentRepository extends MongoRepository<HolidayAdjustment, String> {

}
