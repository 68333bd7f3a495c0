package vn.health.plan.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import vn.health.servicekit.web.InputErrors;
import vn.health.servicekit.web.Paging;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/** Tra cứu kế hoạch — plans by year, status, issuer and words of their number, title, bases or themes. */
@Component
class PlanSearch {

	/** What a caller may sort by, and where it is stored. */
	private static final Map<String, String> SORTABLE = Map.of("createdAt", "createdAt", "issuedAt", "issuedAt",
			"year", "content.year", "number", "content.number", "title", "content.title", "status", "status");

	private final MongoTemplate mongo;

	PlanSearch(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/**
	 * @param text words that must all occur, with or without diacritics ("truyen thong" finds "truyền thông")
	 * @param withDrafts false for everybody but the Sở's administrators: drafts are its work in progress
	 * @param sort {@code field} or {@code field,asc|desc}; newest first by default
	 */
	Page<Plan> find(Integer year, PlanStatus status, String issuerUnitId, String text, boolean withDrafts, int page,
			int size, String sort) {
		Query query = new Query(criteria(year, status, issuerUnitId, text, withDrafts));
		long total = this.mongo.count(query, Plan.class);
		var pageable = Paging.of(page, size, sortOf(sort));
		return new PageImpl<>(this.mongo.find(query.with(pageable), Plan.class), pageable, total);
	}

	private static Criteria criteria(Integer year, PlanStatus status, String issuerUnitId, String text,
			boolean withDrafts) {
		List<Criteria> all = new ArrayList<>();
		if (!withDrafts) {
			all.add(where("status").ne(PlanStatus.DRAFT));
		}
		if (year != null) {
			all.add(where("content.year").is(year));
		}
		if (status != null) {
			all.add(where("status").is(status));
		}
		if (issuerUnitId != null && !issuerUnitId.isBlank()) {
			all.add(where("content.issuerUnitId").is(issuerUnitId.strip()));
		}
		if (text != null && !text.isBlank()) {
			Arrays.stream(SearchText.fold(text).split(" "))
				.map((word) -> where("searchText").regex(Pattern.quote(word)))
				.forEach(all::add);
		}
		return all.isEmpty() ? new Criteria() : new Criteria().andOperator(all);
	}

	static Sort sortOf(String sort) {
		if (sort == null || sort.isBlank()) {
			return Sort.by(Sort.Direction.DESC, "createdAt");
		}
		String[] parts = sort.strip().split(",");
		String field = SORTABLE.get(parts[0].strip());
		String direction = (parts.length > 1) ? parts[1].strip().toLowerCase(Locale.ROOT) : "asc";
		new InputErrors()
			.check(field != null && parts.length <= 2, "sort",
					"Chỉ sắp xếp được theo " + String.join(", ", SORTABLE.keySet().stream().sorted().toList())
							+ " (ví dụ year,desc)",
					"sort by one of " + String.join(", ", SORTABLE.keySet().stream().sorted().toList()) + " (e.g. year,desc)")
			.check(direction.equals("asc") || direction.equals("desc"), "sort", "Chiều sắp xếp là asc hoặc desc",
					"sort direction is asc or desc")
			.throwIfAny();
		return Sort.by(direction.equals("desc") ? Sort.Direction.DESC : Sort.Direction.ASC, field)
			.and(Sort.by("id"));
	}

}
