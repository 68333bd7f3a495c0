package vn.health.reporting.obligation;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface ObligationRepository extends MongoRepository<Obligation, String>, VersionedBatchSave {

	/** Served by the {@code (status, dueAt)} index: costs what is due, not what is stored. */
	List<Obligation> findByStatusAndDueAtBeforeOrderByDueAtAsc(ObligationStatus status, Instant before, Limit limit);

	/** Served by the {@code (status, reminders.nextAt)} index: costs the reminders due, not what is stored. */
	List<Obligation> findByStatusAndRemindersNextAtLessThanEqualOrderByRemindersNextAtAsc(ObligationStatus status,
			Instant asOf, Limit limit);

	/** Served by the {@code (status, overdueAlert.nextAt)} index: costs the overdue alerts due, not what is stored. */
	List<Obligation> findByStatusAndOverdueAlertNextAtLessThanEqualOrderByOverdueAlertNextAtAsc(ObligationStatus status,
			Instant asOf, Limit limit);

	/** Served by the {@code (status, escalation.nextAt)} index: costs the escalations due, not what is stored. */
	List<Obligation> findByStatusInAndEscalationNextAtLessThanEqualOrderByEscalationNextAtAsc(
			Collection<ObligationStatus> statuses, Instant asOf, Limit limit);

}
