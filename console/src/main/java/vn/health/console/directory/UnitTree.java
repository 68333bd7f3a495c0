package vn.health.console.directory;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import vn.health.console.api.Unit;

/** The directory as a tree: each unit under its parent (supervisor), siblings by name. */
public record UnitTree(Unit unit, List<UnitTree> children) {

	static List<UnitTree> of(Collection<Unit> units) {
		Map<String, Unit> byId = units.stream().collect(Collectors.toMap(Unit::id, (u) -> u, (a, b) -> a));
		Map<String, List<Unit>> byParent = units.stream()
			.filter((u) -> u.parentId() != null && byId.containsKey(u.parentId()))
			.collect(Collectors.groupingBy(Unit::parentId));
		return units.stream()
			.filter((u) -> u.parentId() == null || !byId.containsKey(u.parentId()))
			.sorted(BY_NAME)
			.map((root) -> grow(root, byParent))
			.toList();
	}

	private static final Comparator<Unit> BY_NAME = Comparator.comparing(Unit::name,
			Comparator.nullsLast(Comparator.naturalOrder()));

	private static UnitTree grow(Unit unit, Map<String, List<Unit>> byParent) {
		return new UnitTree(unit, byParent.getOrDefault(unit.id(), List.of())
			.stream()
			.sorted(BY_NAME)
			.map((child) -> grow(child, byParent))
			.toList());
	}

}
