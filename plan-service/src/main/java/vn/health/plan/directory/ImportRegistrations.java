package vn.health.plan.directory;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import vn.health.servicekit.web.InputErrors;

/**
 * The new units of a directory import, registered a level of the file's tree at a time: the units under no other
 * new unit in one insert, then the units under those in the next, and so on (a province is three or four levels
 * deep), so a unit is never stored before its parent. Each unit is the document {@link Directory#register} saves:
 * its registration in the audit trail and its {@code UnitUpserted} in its own outbox, for the relay to publish once.
 * <p>
 * The import checked the rows against the directory as it read it first; another request may have registered one
 * of the codes, or ended a parent, since. So just before each insert the level's codes and parents are read again
 * and a unit whose code is now used, or whose parent has ended, is refused as {@code register} would refuse it,
 * together with the new units under it; the others are written. That leaves the window {@code register} has
 * between its check and its write. The store cannot close it: {@code code} has a plain index, not a unique one
 * (making it unique means migrating the directories already deployed, whose index is not), so an insert never
 * fails on a code, and the only unique key of a unit, its random id, does not collide. Inserting in order or not
 * is therefore the same here; {@code insert} keeps the driver's default, ordered.
 */
@Component
class ImportRegistrations {

	private static final Logger log = LoggerFactory.getLogger(ImportRegistrations.class);

	private final UnitRepository units;

	private final Clock clock;

	ImportRegistrations(UnitRepository units, Clock clock) {
		this.units = units;
		this.clock = clock;
	}

	/**
	 * Registers {@code units}, listed parents before children; returns the problems of each unit refused, by code,
	 * with fields as the import names them ({@code rows[5].code}).
	 */
	Map<String, InputErrors> register(List<NewUnit> units, String by) {
		Map<String, NewUnit> byCode = units.stream().collect(Collectors.toMap(NewUnit::code, Function.identity()));
		Map<String, InputErrors> refused = new HashMap<>();
		for (List<NewUnit> level : levels(units)) {
			List<NewUnit> writable = new ArrayList<>();
			for (NewUnit unit : level) {
				if (unit.parentCode() != null && refused.containsKey(unit.parentCode())) {
					refused.put(unit.code(),
							CheckedRow.invalidParent(unit.row(), unit.parentCode(), byCode.get(unit.parentCode()).row()));
				}
				else {
					writable.add(unit);
				}
			}
			if (!writable.isEmpty()) {
				refuseChangedSinceChecked(writable, refused);
				insert(writable.stream().filter((unit) -> !refused.containsKey(unit.code())).toList(), by);
			}
		}
		return refused;
	}

	/**
	 * One read of the level's codes and, for the first level, one of its parents already in the directory (the
	 * parents of the next levels are new units written just before).
	 */
	private void refuseChangedSinceChecked(List<NewUnit> level, Map<String, InputErrors> refused) {
		Set<String> taken = this.units.findByCodeIn(level.stream().map(NewUnit::code).toList())
			.stream()
			.map(Unit::code)
			.collect(Collectors.toSet());
		Set<String> parentIds = level.stream()
			.filter((unit) -> unit.parentCode() == null && unit.details().parentId() != null)
			.map((unit) -> unit.details().parentId())
			.collect(Collectors.toSet());
		Map<String, Unit> directoryParents = parentIds.isEmpty() ? Map.of()
				: this.units.findAllById(parentIds).stream().collect(Collectors.toMap(Unit::id, Function.identity()));
		for (NewUnit unit : level) {
			if (taken.contains(unit.code())) {
				refused.put(unit.code(), Directory.checkCodeFree(false, unit.code(), unit.field("code"), new InputErrors()));
				continue;
			}
			Unit parent = (unit.details().parentId() != null) ? directoryParents.get(unit.details().parentId()) : null;
			if (parent != null && parent.activeTo() != null) {
				refused.put(unit.code(), Directory.checkStillActive(parent, unit.field("parentId"), new InputErrors()));
			}
		}
	}

	private void insert(List<NewUnit> level, String by) {
		if (level.isEmpty()) {
			return;
		}
		this.units.insert(level.stream()
			.map((unit) -> Unit.register(unit.id(), unit.details().normalised(), by, this.clock.instant()))
			.toList());
		log.info("{} units registered in one write by {}", level.size(), by);
	}

	/** The units by depth under the other new units: a unit whose parent is not new is at depth 0. */
	private static List<List<NewUnit>> levels(List<NewUnit> units) {
		Map<String, Integer> depths = new HashMap<>();
		Map<Integer, List<NewUnit>> levels = new TreeMap<>();
		for (NewUnit unit : units) {
			int depth = (unit.parentCode() != null) ? depths.get(unit.parentCode()) + 1 : 0;
			depths.put(unit.code(), depth);
			levels.computeIfAbsent(depth, (key) -> new ArrayList<>()).add(unit);
		}
		return List.copyOf(levels.values());
	}

	/**
	 * A row to register, checked, under the id it is given before anything is written (so the rows under it can
	 * name it).
	 *
	 * @param details with the parent's id, whether the parent is in the directory or new in the same file
	 * @param parentCode the parent's code when the parent is new in the same file, else {@code null}
	 */
	record NewUnit(int row, String code, String id, UnitDetails details, String parentCode) {

		String field(String name) {
			return CheckedRow.fieldsOf(this.row) + name;
		}

	}

}
