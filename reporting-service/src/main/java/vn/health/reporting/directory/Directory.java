package vn.health.reporting.directory;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import vn.health.contracts.directory.UnitType;
import vn.health.contracts.directory.UnitUpserted;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/** Danh mục đơn vị — the local replica of the unit tree, kept by upserts on the unit id, so replays are harmless. */
@Service
public class Directory {

	private final MongoTemplate mongo;

	Directory(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	void keep(UnitUpserted upserted) {
		this.mongo.save(DirectoryUnit.of(upserted));
	}

	/** The unit that supervises {@code unitId} (its parent), if the replica knows one. */
	public Optional<String> supervisorOf(String unitId) {
		return unit(unitId).map(DirectoryUnit::parentId);
	}

	/** The supervisors (parents) of those of {@code unitIds} the replica knows with one, by unit id, in one query. */
	public Map<String, String> supervisorsOf(Collection<String> unitIds) {
		return fieldOf(unitIds, "parentId", DirectoryUnit::parentId);
	}

	/** Every unit the replica knows, ended ones included (their obligations stay readable), with its parent. */
	public Map<String, String> parents() {
		Query tree = new Query();
		tree.fields().include("_id").include("parentId");
		Map<String, String> parents = new HashMap<>();
		this.mongo.find(tree, DirectoryUnit.class).forEach((unit) -> parents.put(unit.unitId(), unit.parentId()));
		return parents;
	}

	/** The unit's type, if the replica knows the unit. */
	public Optional<UnitType> typeOf(String unitId) {
		return unit(unitId).map(DirectoryUnit::type);
	}

	/** The types of those of {@code unitIds} the replica knows, by unit id, in one query. */
	public Map<String, UnitType> typesOf(Collection<String> unitIds) {
		return fieldOf(unitIds, "type", DirectoryUnit::type);
	}

	/** One field of those of {@code unitIds} the replica knows with it set, by unit id, in one query. */
	private <V> Map<String, V> fieldOf(Collection<String> unitIds, String field, Function<DirectoryUnit, V> value) {
		Query units = new Query(where("_id").in(unitIds));
		units.fields().include("_id").include(field);
		Map<String, V> found = new HashMap<>();
		this.mongo.find(units, DirectoryUnit.class)
			.stream()
			.filter((unit) -> value.apply(unit) != null)
			.forEach((unit) -> found.put(unit.unitId(), value.apply(unit)));
		return found;
	}

	/**
	 * The district each of those of {@code unitIds} the replica knows belongs to: itself or its nearest ancestor that
	 * is a district health centre; empty for units above the districts (the Sở, the CDC, provincial hospitals) or
	 * whose chain of parents the replica does not know down to a district. One read of the tree, however many units.
	 */
	public Map<String, Optional<District>> districtsOf(Collection<String> unitIds) {
		Query tree = new Query();
		tree.fields().include("_id").include("name").include("type").include("parentId");
		Map<String, DirectoryUnit> units = this.mongo.find(tree, DirectoryUnit.class)
			.stream()
			.collect(Collectors.toMap(DirectoryUnit::unitId, Function.identity()));
		Map<String, Optional<District>> districts = new HashMap<>();
		unitIds.stream()
			.filter(units::containsKey)
			.forEach((unitId) -> districts.put(unitId, districtOf(units.get(unitId), units)));
		return districts;
	}

	/** The unit's name as the directory last announced it. */
	public Optional<String> nameOf(String unitId) {
		return unit(unitId).map(DirectoryUnit::name);
	}

	private static Optional<District> districtOf(DirectoryUnit unit, Map<String, DirectoryUnit> units) {
		Set<String> seen = new HashSet<>();
		// a parent loop in a replica still catching up must not hang the query
		for (DirectoryUnit at = unit; at != null && seen.add(at.unitId()); at = units.get(at.parentId())) {
			if (at.type() == UnitType.DISTRICT_HEALTH_CENTRE) {
				return Optional.of(new District(at.unitId(), at.name()));
			}
		}
		return Optional.empty();
	}

	private Optional<DirectoryUnit> unit(String unitId) {
		return Optional.ofNullable(this.mongo.findById(unitId, DirectoryUnit.class));
	}

}
