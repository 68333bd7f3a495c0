package vn.health.calendar.directory;

import org.springframework.data.mongodb.repository.MongoRepository;

interface UnitRepository extends MongoRepository<Unit, String> {

}
