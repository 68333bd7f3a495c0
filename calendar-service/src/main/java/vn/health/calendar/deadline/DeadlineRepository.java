package vn.health.calendar.deadline;

import java.time.Instant;
import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;
import org.springframework.data.mongodb.repository.Query;

interface DeadlineRepository extends MongoRepository<Deadline, String> {

	/** Open deadlines a unit held at some point, due in {@code (after, upTo]}; {@code holder_due} serves it. */
	@Query("{ 'holderIds': ?0, 'cancelledAt': null, 'dueAt': { '$gt': ?1, '$lte': ?2 } }")
	List<Deadline> findOpenHeldBy(String unitId, Instant after, Instant upTo);

}
