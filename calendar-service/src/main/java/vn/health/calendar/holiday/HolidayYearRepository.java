package vn.health.calendar.holiday;

import org.springframework.data.mongodb.repository.MongoRepository;

interface HolidayYearRepository extends MongoRepository<HolidayYear, String> {

}
