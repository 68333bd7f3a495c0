package vn.health.reporting.obligation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;
import org.springframework.data.mongodb.core.mapping.MongoPersistentProperty;

/**
 * A sweep's batch in one unordered bulk write instead of a versioned save (and its rate row's two round trips) per
 * obligation. Each write is the save's own: filter {@code _id} and the version read, document converted by the
 * template's converter at the next version, {@code _class} and pending events included, so the outbox relay finds it
 * as it finds a saved one (its sparse index on {@code pendingEvents.eventId}).
 * <p>
 * Which writes won is known exactly, per obligation, from the bulk's own answer: each replace is an upsert, so one
 * whose version no longer matches tries to insert its {@code _id} and fails with a duplicate key error that names its
 * index in the batch (the rate rows use the same collision). Re-reading the versions afterwards would not tell: a
 * concurrent save of the state read at version N also leaves N + 1, the version this write would have left. An
 * upsert would recreate a deleted obligation, but obligations are never deleted (cancelled ones stay listed).
 * Another error fails the sweep, as a failed save does, after the rows of what was saved.
 */
class ObligationRepositoryImpl implements VersionedBatchSave {

	private static final BulkWriteOptions UNORDERED = new BulkWriteOptions().ordered(false);

	private static final ReplaceOptions UNLESS_CHANGED = new ReplaceOptions().upsert(true);

	private final MongoTemplate mongo;

	private final ApplicationEventPublisher events;

	ObligationRepositoryImpl(MongoTemplate mongo, ApplicationEventPublisher events) {
		this.mongo = mongo;
		this.events = events;
	}

	@Override
	public List<Obligation> saveAllUnlessChanged(List<Obligation> obligations) {
		if (obligations.isEmpty()) {
			return List.of();
		}
		MongoPersistentEntity<?> entity = this.mongo.getConverter()
			.getMappingContext()
			.getRequiredPersistentEntity(Obligation.class);
		MongoPersistentProperty version = entity.getRequiredVersionProperty();
		List<ReplaceOneModel<Document>> replaces = new ArrayList<>();
		for (Obligation obligation : obligations) {
			long read = obligation.version();
			entity.getPropertyAccessor(obligation).setProperty(version, read + 1);
			Document document = new Document();
			this.mongo.getConverter().write(obligation, document);
			Document unchanged = new Document("_id", document.get("_id")).append(version.getFieldName(), read);
			replaces.add(new ReplaceOneModel<>(unchanged, document, UNLESS_CHANGED));
		}
		MongoBulkWriteException failure = this.mongo.execute(Obligation.class, (collection) -> {
			try {
				collection.bulkWrite(replaces, UNORDERED);
				return null;
			}
			catch (MongoBulkWriteException ex) {
				return ex;
			}
		});
		Set<Integer> notSaved = (failure != null)
				? failure.getWriteErrors().stream().map(BulkWriteError::getIndex).collect(Collectors.toSet()) : Set.of();
		List<Obligation> saved = IntStream.range(0, obligations.size())
			.filter((index) -> !notSaved.contains(index))
			.mapToObj(obligations::get)
			.toList();
		this.events.publishEvent(new ObligationsSaved(saved));
		if (failure != null && (failure.getWriteConcernError() != null || failure.getWriteErrors()
			.stream()
			.anyMatch((error) -> ErrorCategory.fromErrorCode(error.getCode()) != ErrorCategory.DUPLICATE_KEY))) {
			RuntimeException translated = this.mongo.getExceptionTranslator().translateExceptionIfPossible(failure);
			throw (translated != null) ? translated : failure;
		}
		return saved;
	}

}
