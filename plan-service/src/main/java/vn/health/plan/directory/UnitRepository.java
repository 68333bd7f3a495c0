package vn.health.plan.directory;

import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

import vn.health.contracts.directory.UnitType;

interface UnitRepository extends MongoRepository<Unit, String> {

	Page<Unit> findByType(UnitType type, Pageable pageable);

	List<Unit> findByTypeInOrderById(Collection<UnitType> types);

}
