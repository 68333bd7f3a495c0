package vn.health.plan.directory;

import org.springframework.data.mongodb.repository.MongoRepository;

interface UnitRepository extends MongoRepository<Unit, String> {

}
