package vn.health.plan.plan;

import org.springframework.data.mongodb.repository.MongoRepository;
import org.springframework.data.mongodb.repository.Query;

interface PlanRepository extends MongoRepository<Plan, String> {

	/** Whether another plan in force or in draft already has this number for the same issuer and year. */
	@Query(value = "{'content.issuerUnitId': ?0, 'content.year': ?1, 'content.number': ?2, 'status': {$ne: 'REVOKED'}, '_id': {$ne: ?3}}",
			exists = true)
	boolean numberTaken(String issuerUnitId, int year, String number, String exceptPlanId);

}
