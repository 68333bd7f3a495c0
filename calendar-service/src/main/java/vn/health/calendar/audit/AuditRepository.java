package vn.health.calendar.audit;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

interface AuditRepository extends MongoRepository<AuditEntry, String> {

	Page<AuditEntry> findByUnitId(String unitId, Pageable page);

	Page<AuditEntry> findByAction(AuditAction action, Pageable page);

	Page<AuditEntry> findByUnitIdAndAction(String unitId, AuditAction action, Pageable page);

}
