package vn.health.calendar.directory;

import org.springframework.stereotype.Component;

import vn.health.calendar.UnitId;
import vn.health.contracts.directory.UnitUpserted;
import vn.health.servicekit.web.NotFoundException;

/** Danh mục đơn vị — the local replica of the directory: keeps the latest state of each unit, answers who exists. */
@Component
public class Directory {

	private final UnitRepository units;

	Directory(UnitRepository units) {
		this.units = units;
	}

	/** The topic is compacted and the latest state per unit wins, so a redelivery or replay writes the same. */
	void keep(UnitUpserted upserted) {
		this.units.save(Unit.of(upserted));
	}

	/** The unit's name, {@code null} when the directory has never announced it. */
	public String nameOf(String unitId) {
		return this.units.findById(unitId).map(Unit::name).orElse(null);
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
