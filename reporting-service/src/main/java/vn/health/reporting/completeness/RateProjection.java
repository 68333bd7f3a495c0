package vn.health.reporting.completeness;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.mongodb.ErrorCategory;
import org.bson.Document;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.event.AbstractMongoEventListener;
import org.springframework.data.mongodb.core.mapping.event.AfterSaveEvent;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.health.contracts.directory.UnitType;
import vn.health.reporting.directory.Directory;
import vn.health.reporting.obligation.Obligation;
import vn.health.reporting.obligation.ObligationsOpened;
import vn.health.reporting.obligation.ObligationsSaved;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Keeps {@link RateRow}s in step with obligations: every save of an obligation (plan change, merge, submission,
 * review) rewrites its row, unless a newer state is already there; the obligations a plan opens in bulk
 * ({@link ObligationsOpened}) or a sweep saves in bulk ({@link ObligationsSaved}) get theirs in one bulk write. A
 * store that has obligations but no rows (data from before the read model) is filled once at start.
 */
@Component
class RateProjection extends AbstractMongoEventListener<Obligation> implements ApplicationRunner {

	private static final String UNITS = "units";

	private final MongoTemplate mongo;

	private final Directory directory;

	RateProjection(MongoTemplate mongo, Directory directory) {
		this.mongo = mongo;
		this.directory = directory;
	}

	@Override
	public void onAfterSave(AfterSaveEvent<Obligation> event) {
		Document document = event.getDocument();
		Number version = (document != null) ? (Number) document.get("version") : null;
		project(event.getSource(), (version != null) ? version.longValue() : 0);
	}

	/**
	 * A unit the directory replica learns of (or whose type changes) after its obligations were projected: their
	 * rows take the type. Listens to the replica's collection by name, so rates do not depend on its classes.
	 */
	@EventListener
	void onUnitSaved(AfterSaveEvent<?> event) {
		if (UNITS.equals(event.getCollectionName()) && event.getDocument() != null) {
			this.mongo.updateMulti(new Query(where("unitId").is(event.getDocument().get("_id"))),
					new Update().set("unitType", event.getDocument().get("type")), RateRow.class);
		}
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.mongo.exists(new Query(), RateRow.class)) {
			this.mongo.stream(new Query(), Obligation.class)
				.forEach((obligation) -> project(obligation, 0));
		}
	}

	@EventListener
	void onOpened(ObligationsOpened opened) {
		projectAll(opened.obligations());
	}

	@EventListener
	void onSaved(ObligationsSaved saved) {
		projectAll(saved.obligations());
	}

	/**
	 * One query for the reporters' types and one unordered bulk write, however many a plan opened or a sweep saved;
	 * each row at the version its obligation was stored with.
	 */
	private void projectAll(List<Obligation> obligations) {
		if (obligations.isEmpty()) {
			return;
		}
		Set<String> reporters = obligations.stream().map(Obligation::unitId).collect(Collectors.toSet());
		Map<String, UnitType> types = this.directory.typesOf(reporters);
		BulkOperations rows = this.mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, RateRow.class);
		obligations.forEach((obligation) -> {
			UnitType type = types.get(obligation.unitId());
			RateRow row = RateRow.of(obligation, (type != null) ? type.name() : null, obligation.version());
			rows.upsert(unlessNewer(row), update(row));
		});
		try {
			rows.execute();
		}
		catch (BulkOperationException ex) {
			if (ex.getErrors().stream().anyMatch((error) -> error.getCategory() != ErrorCategory.DUPLICATE_KEY)) {
				throw ex;
			}
			// the rows that failed were written by a later save of their obligation first; they stand
		}
	}

	private void project(Obligation obligation, long version) {
		String unitType = this.directory.typeOf(obligation.unitId()).map(UnitType::name).orElse(null);
		RateRow row = RateRow.of(obligation, unitType, version);
		try {
			this.mongo.upsert(unlessNewer(row), update(row), RateRow.class);
		}
		catch (DuplicateKeyException newerAlreadyThere) {
			// a later save of the same obligation projected first; its row stands
		}
	}

	/** The row's document, if no newer state of its obligation is there; else nothing, and the upsert collides. */
	private static Query unlessNewer(RateRow row) {
		return new Query(where("_id").is(row.obligationId()).and("version").lte(row.version()));
	}

	private Update update(RateRow row) {
		Document values = new Document();
		this.mongo.getConverter().write(row, values);
		values.remove("_id");
		Update update = new Update();
		values.forEach(update::set);
		return update;
	}

}
