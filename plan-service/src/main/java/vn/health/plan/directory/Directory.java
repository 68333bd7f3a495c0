package vn.health.plan.directory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

import vn.health.contracts.directory.UnitType;
import vn.health.servicekit.web.InputErrors;
import vn.health.servicekit.web.NotFoundException;

/** Danh bạ đơn vị — registers units and answers which exist. */
@Service
public class Directory {

	private static final Logger log = LoggerFactory.getLogger(Directory.class);

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private static final Pattern PHONE = Pattern.compile("[0-9 .+()-]{6,20}");

	private final UnitRepository units;

	private final Clock clock;

	Directory(UnitRepository units, Clock clock) {
		this.units = units;
		this.clock = clock;
	}

	public Unit register(UnitDetails details) {
		validate(details);
		Unit unit = this.units.save(Unit.register(UUID.randomUUID().toString(), details, this.clock.instant()));
		log.info("Unit {} ({}, {}) registered", unit.id(), unit.name(), unit.type());
		return unit;
	}

	/** Registers a unit under a fixed id unless one has it already; returns whether it was added. */
	boolean registerIfAbsent(String id, UnitDetails details) {
		try {
			this.units.insert(Unit.register(id, details, this.clock.instant()));
			return true;
		}
		catch (DuplicateKeyException alreadyThere) {
			return false;
		}
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

	private void validate(UnitDetails details) {
		InputErrors errors = new InputErrors()
			.requireText(details.name(), "name", "Tên đơn vị không được để trống", "name is required")
			.check(details.name() == null || details.name().length() <= 255, "name",
					"Tên đơn vị tối đa 255 ký tự", "name is at most 255 characters")
			.check(details.type() != null, "type", "Chưa chọn loại đơn vị", "type is required")
			.check(details.email() == null || EMAIL.matcher(details.email()).matches(), "email",
					"Địa chỉ e-mail không hợp lệ", "email is not a valid address")
			.check(details.phone() == null || PHONE.matcher(details.phone()).matches(), "phone",
					"Số điện thoại không hợp lệ", "phone is not a valid number");
		if (details.parentId() != null) {
			errors.check(this.units.existsById(details.parentId()), "parentId",
					"Không có đơn vị cấp trên mã " + details.parentId(), "No parent unit with id " + details.parentId());
		}
		errors.throwIfAny();
	}

}
