package vn.health.reporting.completeness;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import vn.health.reporting.directory.Directory;
import vn.health.servicekit.web.NotFoundException;

/**
 * Tỷ lệ báo cáo — served from the {@link RateRow} read model: costs the rows of the plan asked for and one read of
 * the directory replica for the reporters' districts.
 */
@Service
class Completeness {

	private final MongoTemplate mongo;

	private final Directory directory;

	Completeness(MongoTemplate mongo, Directory directory) {
		this.mongo = mongo;
		this.directory = directory;
	}

	/** 400 without a plan; 404 when the plan has no such reports. */
	CompletenessReport of(RateQuery query) {
		List<RateRow> rows = this.mongo.find(new Query(query.check().criteria()), RateRow.class);
		if (rows.isEmpty()) {
			throw new NotFoundException("Kế hoạch " + query.planId() + " không có báo cáo nào như vậy",
					"Plan " + query.planId() + " requires no such report");
		}
		Set<String> reporters = rows.stream().map(RateRow::unitId).collect(Collectors.toSet());
		return CompletenessReport.of(query, rows, this.directory.districtsOf(reporters));
	}

}
