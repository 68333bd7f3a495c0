package vn.health.calendar.theme;

import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.repository.MongoRepository;

interface ThemeRepository extends MongoRepository<Theme, String> {

	default List<Theme> inCatalogueOrder() {
		return findAll(Sort.by("order"));
	}

}
