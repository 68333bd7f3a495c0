package vn.health.plan.directory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.health.contracts.directory.UnitType;
import vn.health.contracts.directory.UnitUpserted;
import vn.health.contracts.directory.UnitsMerged;
import vn.health.servicekit.outbox.AggregateRoot;
import vn.health.servicekit.web.ConflictException;

/**
 * Đơn vị — a health unit of the province, with its supervising unit, contacts and active period. A unit is
 * never deleted: once merged it keeps its history, its last day and its successor.
 */
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

	private LocalDate activeFrom;

	private LocalDate activeTo;

	private String successorId;

	private List<UnitMerge> merges = new ArrayList<>();

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
		unit.activeFrom = details.activeFrom();
		unit.registeredAt = now;
		unit.announce(now);
		return unit;
	}

	/** Whether the unit was in charge on {@code day}: on or after its first day and not after its last. */
	public boolean isActiveOn(LocalDate day) {
		return (this.activeFrom == null || !this.activeFrom.isAfter(day))
				&& (this.activeTo == null || !this.activeTo.isBefore(day));
	}

	/** The merge of this unit (as successor) that involves any of {@code unitIds}, if one was recorded. */
	Optional<UnitMerge> mergeInvolving(List<String> unitIds) {
		return this.merges.stream().filter((merge) -> merge.involvesAnyOf(unitIds)).findFirst();
	}

	/**
	 * Records, as successor, that the requested units merge into this one and announces it. The caller has
	 * checked the merged units; this unit must be in charge from the effective day on.
	 */
	void recordMerge(MergeRequest request, Instant now) {
		if (this.activeTo != null || !isActiveOn(request.effectiveFrom())) {
			throw new ConflictException(
					"Đơn vị " + this.id + " không hoạt động từ ngày " + request.effectiveFrom() + " nên không thể nhận sáp nhập",
					"Unit " + this.id + " is not active from " + request.effectiveFrom() + ", so nothing can merge into it");
		}
		UnitMerge merge = new UnitMerge(request.mergedUnitIds(), request.effectiveFrom(), request.reason(), now);
		this.merges.add(merge);
		record(new UnitsMerged(this.id, merge.mergedUnitIds(), merge.effectiveFrom(), merge.reason()), now);
	}

	/**
	 * Ends this unit the day before {@code effectiveFrom}, handing over to {@code successor}. Doing it again
	 * with the same successor and day changes nothing and announces nothing, so a retried merge completes
	 * what a crash left undone; returns whether anything changed.
	 */
	boolean endBySuccession(String successor, LocalDate effectiveFrom, Instant now) {
		if (isSucceededBy(successor, effectiveFrom)) {
			return false;
		}
		checkCanBeSucceededFrom(effectiveFrom);
		this.activeTo = effectiveFrom.minusDays(1);
		this.successorId = successor;
		announce(now);
		return true;
	}

	boolean isSucceededBy(String successor, LocalDate effectiveFrom) {
		return successor.equals(this.successorId) && effectiveFrom.minusDays(1).equals(this.activeTo);
	}

	/** A unit hands over once, and only after its first day: its last day can't come before it began. */
	void checkCanBeSucceededFrom(LocalDate effectiveFrom) {
		if (this.activeTo != null) {
			String successor = (this.successorId != null) ? " → " + this.successorId : "";
			throw new ConflictException("Đơn vị " + this.id + " đã ngừng hoạt động sau ngày " + this.activeTo + successor,
					"Unit " + this.id + " already ended on " + this.activeTo + successor);
		}
		if (this.activeFrom != null && !this.activeFrom.isBefore(effectiveFrom)) {
			throw new ConflictException(
					"Đơn vị " + this.id + " bắt đầu hoạt động ngày " + this.activeFrom + ", không thể sáp nhập từ ngày "
							+ effectiveFrom,
					"Unit " + this.id + " starts on " + this.activeFrom + " and cannot be merged from " + effectiveFrom);
		}
	}

	private void announce(Instant now) {
		record(new UnitUpserted(this.id, this.name, this.type, this.parentId, this.email, this.phone, this.activeFrom,
				this.activeTo, this.successorId), now);
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

	public LocalDate activeFrom() {
		return this.activeFrom;
	}

	public LocalDate activeTo() {
		return this.activeTo;
	}

	public String successorId() {
		return this.successorId;
	}

	public List<UnitMerge> merges() {
		return Collections.unmodifiableList(this.merges);
	}

}
