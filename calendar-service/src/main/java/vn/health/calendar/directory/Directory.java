package vn.health.calendar.directory;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.health.calendar.UnitId;
import vn.health.contracts.directory.UnitUpserted;
import vn.health.contracts.directory.UnitsMerged;
import vn.health.servicekit.web.NotFoundException;

/**
 * Danh mục đơn vị — the local replica of the directory: keeps the latest state of each unit and the merges between
 * units, answers who exists and whom a successor answers for.
 */
@Component
public class Directory {

	private final UnitRepository units;

	private final UnitMergeRepository merges;

	Directory(UnitRepository units, UnitMergeRepository merges) {
		this.units = units;
		this.merges = merges;
	}

	/** The topic is compacted and the latest state per unit wins, so a redelivery or replay writes the same. */
	void keep(UnitUpserted upserted) {
		this.units.save(Unit.of(upserted));
		if (upserted.successorId() != null && upserted.activeTo() != null) {
			this.merges.save(new UnitMerge(upserted.unitId(), upserted.successorId(), upserted.activeTo().plusDays(1)));
		}
	}

	void keep(UnitsMerged merged) {
		merged.mergedUnitIds()
			.forEach((unit) -> this.merges.save(new UnitMerge(unit, merged.successorUnitId(), merged.effectiveFrom())));
	}

	/**
	 * Every unit merged into {@code unitId}, also through earlier merges (a commune station merged into one that was
	 * merged in turn), each with the day from which {@code unitId} answers for it.
	 */
	public List<Predecessor> predecessorsOf(String unitId) {
		List<Predecessor> found = new ArrayList<>();
		Deque<Predecessor> next = new ArrayDeque<>(List.of(new Predecessor(unitId, LocalDate.MIN)));
		Set<String> seen = new HashSet<>(Set.of(unitId));
		while (!next.isEmpty()) {
			Predecessor successor = next.pop();
			for (UnitMerge merge : this.merges.findBySuccessorId(successor.unitId())) {
				if (seen.add(merge.mergedUnitId())) {
					LocalDate since = merge.effectiveFrom().isAfter(successor.since()) ? merge.effectiveFrom()
							: successor.since();
					Predecessor predecessor = new Predecessor(merge.mergedUnitId(), since);
					found.add(predecessor);
					next.push(predecessor);
				}
			}
		}
		return found;
	}

	/** The unit's name, {@code null} when the directory has never announced it. */
	public String nameOf(String unitId) {
		return this.units.findById(unitId).map(Unit::name).orElse(null);
	}

	/** The unit's parent, {@code null} at the top or for a unit the directory has never announced. */
	public String parentOf(String unitId) {
		return this.units.findById(unitId).map(Unit::parentId).orElse(null);
	}

	/**
	 * The units below {@code unitId}, at any depth (not itself), as the replica knows them now; a cycle in bad data
	 * ends the walk.
	 */
	public Set<String> unitsUnder(String unitId) {
		Set<String> found = new LinkedHashSet<>();
		Deque<String> next = new ArrayDeque<>(List.of(unitId));
		while (!next.isEmpty()) {
			for (Unit child : this.units.findByParentId(next.pop())) {
				if (!child.id().equals(unitId) && found.add(child.id())) {
					next.push(child.id());
				}
			}
		}
		return found;
	}

	/** Every unit of the replica and its parent ({@code null} at the top), read at once: the whole tree in memory. */
	public Map<String, String> parents() {
		Map<String, String> parents = new HashMap<>();
		this.units.findAll().forEach((unit) -> parents.put(unit.id(), unit.parentId()));
		return parents;
	}

	public boolean knows(String unitId) {
		return this.units.existsById(unitId);
	}

	/** The unit, or a 404 problem when the directory has never announced it. */
	public Unit require(UnitId unit) {
		return this.units.findById(unit.value())
			.orElseThrow(() -> new NotFoundException("Không tìm thấy đơn vị " + unit.value(),
					"No unit " + unit.value()));
	}

}
