package vn.health.calendar.directory;

import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

interface UnitMergeRepository extends MongoRepository<UnitMerge, String> {

	List<UnitMerge> findBySuccessorId(String successorId);

}
