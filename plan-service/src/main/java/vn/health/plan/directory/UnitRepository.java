package vn.health.plan.directory;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;
import org.springframework.data.mongodb.repository.Query;

import vn.health.contracts.directory.UnitType;

interface UnitRepository extends MongoRepository<Unit, String> {

	/** A missing bound is open: units registered before active periods existed have neither. */
	String ACTIVE_ON = """
			{ $and: [ { $or: [ { activeFrom: null }, { activeFrom: { $lte: ?0 } } ] },
			          { $or: [ { activeTo: null }, { activeTo: { $gte: ?0 } } ] } ] }""";

	Page<Unit> findByType(UnitType type, Pageable pageable);

	List<Unit> findByCodeIn(Collection<String> codes);

	List<Unit> findByCode(String code);

	/** Whether a unit other than {@code exceptUnitId} already has {@code code}. */
	@Query(value = "{ code: ?0, _id: { $ne: ?1 } }", exists = true)
	boolean codeTaken(String code, String exceptUnitId);

	List<Unit> findByTypeInOrderById(Collection<UnitType> types);

	@Query(ACTIVE_ON)
	Page<Unit> findActiveOn(LocalDate day, Pageable pageable);

	@Query("{ $and: [ { type: ?1 }, " + ACTIVE_ON + " ] }")
	Page<Unit> findByTypeActiveOn(LocalDate day, UnitType type, Pageable pageable);

}
