package vn.health.calendar.directory;

import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

interface UnitRepository extends MongoRepository<Unit, String> {

	List<Unit> findByParentId(String parentId);

}
