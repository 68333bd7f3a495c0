package vn.health.reporting.completeness;

import org.bson.Document;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.event.AbstractMongoEventListener;
import org.springframework.data.mongodb.core.mapping.event.AfterSaveEvent;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import vn.health.contracts.directory.UnitType;
import vn.health.reporting.directory.Directory;
import vn.health.reporting.obligation.Obligation;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Keeps {@link RateRow}s in step with obligations: every save of an obligation (plan change, merge, sweep,
 * submission, review) rewrites its row, unless a newer state is already there. A store that has obligations but no
 * rows (data from before the read model) is filled once at start.
 */
@Component
class RateProjection extends AbstractMongoEventListener<Obligation> implements ApplicationRunner {

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

	@Override
	public void run(ApplicationArguments args) {
		if (!this.mongo.exists(new Query(), RateRow.class)) {
			this.mongo.stream(new Query(), Obligation.class)
				.forEach((obligation) -> project(obligation, 0));
		}
	}

	private void project(Obligation obligation, long version) {
		String unitType = this.directory.typeOf(obligation.unitId()).map(UnitType::name).orElse(null);
		RateRow row = RateRow.of(obligation, unitType, version);
		Document values = new Document();
		this.mongo.getConverter().write(row, values);
		values.remove("_id");
		Update update = new Update();
		values.forEach(update::set);
		try {
			this.mongo.upsert(new Query(where("_id").is(row.obligationId()).and("version").lte(version)), update,
					RateRow.class);
		}
		catch (DuplicateKeyException newerAlreadyThere) {
			// a later save of the same obligation projected first; its row stands
		}
	}

}
