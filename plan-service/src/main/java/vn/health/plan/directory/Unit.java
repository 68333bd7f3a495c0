package vn.health.plan.directory;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.health.contracts.directory.UnitType;
import vn.health.contracts.directory.UnitUpserted;
import vn.health.servicekit.outbox.AggregateRoot;

/** Đơn vị — a health unit of the province, with its supervising unit and contacts. */
@Document("units")
public class Unit extends AggregateRoot {

	@Id
	private String id;

	private String name;

	@Indexed
	private UnitType type;

	private String parentId;

	private String email;

	private String phone;

	private Instant registeredAt;

	@Version
	private Long version;

	protected Unit() {
	}

	static Unit register(String id, UnitDetails details, Instant now) {
		Unit unit = new Unit();
		unit.id = id;
		unit.name = details.name().strip();
		unit.type = details.type();
		unit.parentId = details.parentId();
		unit.email = details.email();
		unit.phone = details.phone();
		unit.registeredAt = now;
		unit.record(new UnitUpserted(id, unit.name, unit.type, unit.parentId, unit.email, unit.phone), now);
		return unit;
	}

	public String id() {
		return this.id;
	}

	public String name() {
		return this.name;
	}

	public UnitType type() {
		return this.type;
	}

	public String parentId() {
		return this.parentId;
	}

	public String email() {
		return this.email;
	}

	public String phone() {
		return this.phone;
	}

	public Instant registeredAt() {
		return this.registeredAt;
	}

}
