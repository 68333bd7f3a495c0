package vn.health.plan.directory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

import vn.health.contracts.directory.UnitType;
import vn.health.servicekit.web.InputErrors;
import vn.health.servicekit.web.NotFoundException;

/** Danh bạ đơn vị — registers and edits units and answers which exist. */
@Service
public class Directory {

	private static final Logger log = LoggerFactory.getLogger(Directory.class);

	private final UnitRepository units;

	private final Clock clock;

	Directory(UnitRepository units, Clock clock) {
		this.units = units;
		this.clock = clock;
	}

	public Unit register(UnitDetails details, String by) {
		validate(details, null, "", new InputErrors()).throwIfAny();
		Unit unit = this.units.save(Unit.register(UUID.randomUUID().toString(), details.normalised(), by,
				this.clock.instant()));
		log.info("Unit {} ({}, {}) registered", unit.id(), unit.name(), unit.type());
		return unit;
	}

	/** Registers a unit under a fixed id unless one has it already; returns whether it was added. */
	boolean registerIfAbsent(String id, UnitDetails details, String by) {
		try {
			this.units.insert(Unit.register(id, details.normalised(), by, this.clock.instant()));
			return true;
		}
		catch (DuplicateKeyException alreadyThere) {
			return false;
		}
	}

	/**
	 * Sửa đơn vị: the whole editable state as it should read, including a move to another parent (the communes
	 * of a merged district moving to its successor). Nothing is announced when nothing changed.
	 */
	public Unit edit(String id, UnitDetails details, String by) {
		Unit unit = get(id);
		InputErrors errors = validate(details, id, "", new InputErrors());
		if (details.activeFrom() != null && unit.activeTo() != null) {
			errors.check(!details.activeFrom().isAfter(unit.activeTo()), "activeFrom",
					"Ngày bắt đầu hoạt động sau ngày ngừng hoạt động " + unit.activeTo(),
					"activeFrom is after the unit's last day " + unit.activeTo());
		}
		errors.throwIfAny();
		List<String> changed = unit.edit(details.normalised(), by, this.clock.instant());
		if (changed.isEmpty()) {
			return unit;
		}
		Unit saved = this.units.save(unit);
		log.info("Unit {} ({}) edited: {}", id, saved.name(), changed);
		return saved;
	}

	public Page<Unit> list(UnitType type, Pageable pageable) {
		return list(type, null, pageable);
	}

	/** Units of {@code type} (any if {@code null}) in charge on {@code activeOn} (whatever their period if {@code null}). */
	public Page<Unit> list(UnitType type, LocalDate activeOn, Pageable pageable) {
		if (activeOn != null) {
			return (type != null) ? this.units.findByTypeActiveOn(activeOn, type, pageable)
					: this.units.findActiveOn(activeOn, pageable);
		}
		return (type != null) ? this.units.findByType(type, pageable) : this.units.findAll(pageable);
	}

	/** The unit with {@code code} (codes are unique), if it is of {@code type} and in charge on {@code activeOn} when given. */
	public Page<Unit> withCode(String code, UnitType type, LocalDate activeOn, Pageable pageable) {
		List<Unit> found = this.units.findByCode(code.strip())
			.stream()
			.filter((unit) -> (type == null || unit.type() == type) && (activeOn == null || unit.isActiveOn(activeOn)))
			.toList();
		return new PageImpl<>(found, pageable, found.size());
	}

	public Unit get(String id) {
		return this.units.findById(id)
			.orElseThrow(() -> new NotFoundException("Không có đơn vị mã " + id, "No unit with id " + id));
	}

	/** The ids among {@code ids} that are not in the directory. */
	public List<String> unknown(Collection<String> ids) {
		Set<String> found = this.units.findAllById(Set.copyOf(ids))
			.stream()
			.map(Unit::id)
			.collect(Collectors.toSet());
		return ids.stream().filter((id) -> !found.contains(id)).distinct().toList();
	}

	/**
	 * The units of each of {@code types} in charge today, by id: what a plan that assigns by type reaches now
	 * (a commune merged away last month no longer does).
	 */
	public Map<UnitType, List<String>> idsByType(Collection<UnitType> types) {
		Map<UnitType, List<String>> byType = new EnumMap<>(UnitType.class);
		types.forEach((type) -> byType.put(type, List.of()));
		LocalDate today = LocalDate.now(this.clock);
		this.units.findByTypeInOrderById(Set.copyOf(types))
			.stream()
			.filter((unit) -> unit.isActiveOn(today))
			.collect(Collectors.groupingBy(Unit::type, Collectors.mapping(Unit::id, Collectors.toList())))
			.forEach(byType::put);
		return byType;
	}

	/** The type of each of {@code ids} that is in the directory. */
	public Map<String, UnitType> typesOf(Collection<String> ids) {
		return this.units.findAllById(Set.copyOf(ids))
			.stream()
			.collect(Collectors.toMap(Unit::id, Unit::type));
	}

	/**
	 * Adds the problems of {@code details} for unit {@code unitId} ({@code null} for a new one) to {@code errors},
	 * fields prefixed with {@code path} ({@code successors[1].}): the field rules, the code's uniqueness, the parent.
	 */
	InputErrors validate(UnitDetails details, String unitId, String path, InputErrors errors) {
		UnitRules.check(details, path, errors);
		String code = blankToNull(details.code());
		if (code != null && !errors.hasProblemAt(path + "code")) {
			checkCodeFree(!this.units.codeTaken(code, unitId), code, path + "code", errors);
		}
		String parentId = blankToNull(details.parentId());
		if (parentId != null) {
			checkParent(parentId, unitId, path + "parentId", errors);
		}
		return errors;
	}

	/** The parent exists, is still active, and is neither the unit itself nor one of the units under it. */
	private void checkParent(String parentId, String unitId, String field, InputErrors errors) {
		Unit parent = this.units.findById(parentId).orElse(null);
		if (parent == null) {
			errors.check(false, field, "Không có đơn vị cấp trên mã " + parentId, "No parent unit with id " + parentId);
			return;
		}
		checkStillActive(parent, field, errors);
		Set<String> seen = new HashSet<>();
		for (Unit above = parent; above != null && seen.add(above.id()); above = (above.parentId() != null)
				? this.units.findById(above.parentId()).orElse(null) : null) {
			if (above.id().equals(unitId)) {
				errors.check(false, field, "Đơn vị cấp trên không thể là chính đơn vị hoặc đơn vị cấp dưới của nó",
						"The parent cannot be the unit itself or one of the units under it");
				return;
			}
		}
	}

	static InputErrors checkCodeFree(boolean free, String code, String field, InputErrors errors) {
		return errors.check(free, field, "Mã đơn vị " + code + " đã được dùng", "Unit code " + code + " is already used");
	}

	/** A unit that has ended (merged, split) takes no new units under it. */
	static InputErrors checkStillActive(Unit parent, String field, InputErrors errors) {
		return errors.check(parent.activeTo() == null, field,
				"Đơn vị cấp trên " + parent.id() + " đã ngừng hoạt động sau ngày " + parent.activeTo(),
				"The parent unit " + parent.id() + " ended on " + parent.activeTo());
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
