package vn.health.calendar.theme;

import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;
import org.springframework.data.mongodb.repository.Query;

interface OwnThemeRepository extends MongoRepository<OwnTheme, String> {

	/** The province's themes and those of {@code unitId}: what that unit's calendar shows. */
	@Query("{ '$or': [ { 'scope': 'PROVINCE' }, { 'scope': 'UNIT', 'unitId': ?0 } ] }")
	List<OwnTheme> shownTo(String unitId);

	/** The province's themes and those of {@code unitIds}. */
	@Query("{ '$or': [ { 'scope': 'PROVINCE' }, { 'scope': 'UNIT', 'unitId': { '$in': ?0 } } ] }")
	Page<OwnTheme> visibleTo(Collection<String> unitIds, Pageable page);

	Page<OwnTheme> findByScopeAndUnitIdIn(ThemeScope scope, Collection<String> unitIds, Pageable page);

	Page<OwnTheme> findByScope(ThemeScope scope, Pageable page);

	Page<OwnTheme> findByScopeAndUnitId(ThemeScope scope, String unitId, Pageable page);

}
