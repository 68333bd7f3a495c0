package vn.health.plan.directory;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
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
 * Đơn vị — a health unit of the province, with its code, supervising unit, area, contacts and active period.
 * A unit is never deleted: once merged or split it keeps its history, its last day and its successor. Every
 * change appends to its audit trail and, when consumers see it, announces the whole state ({@code UnitUpserted}).
 * (Over 200 lines: it is the directory's one aggregate, with registration, edits, merges and splits.)
 */
@Document("units")
public class Unit extends AggregateRoot {

	@Id
	private String id;

	private String name;

	@Indexed
	private String code;

	private String administrativeArea;

	private String zalo;

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

	/** The split that ended this unit, if one did. */
	private UnitSplit split;

	/** The unit this one was split from, if it was. */
	private String splitFrom;

	private List<UnitChange> history = new ArrayList<>();

	@Version
	private Long version;

	protected Unit() {
	}

	/** {@code details} as validated and {@link UnitDetails#normalised() normalised}. */
	static Unit register(String id, UnitDetails details, String by, Instant now) {
		Unit unit = new Unit();
		unit.id = id;
		unit.registeredAt = now;
		unit.apply(details);
		unit.history.add(new UnitChange(UnitChange.Kind.REGISTERED, by, now, List.of(), null));
		unit.announce(now);
		return unit;
	}

	/** A new unit formed by splitting {@code predecessorId}, from {@code details.activeFrom()}. */
	static Unit splitFrom(String predecessorId, String id, UnitDetails details, String by, Instant now) {
		Unit unit = new Unit();
		unit.id = id;
		unit.registeredAt = now;
		unit.splitFrom = predecessorId;
		unit.apply(details);
		unit.history.add(new UnitChange(UnitChange.Kind.SPLIT_FROM, by, now, List.of(), predecessorId));
		unit.announce(now);
		return unit;
	}

	/**
	 * Replaces the editable state (name, type, parent, code, area, contacts, first day) with {@code details};
	 * returns the fields that changed, announcing the unit only if any did.
	 */
	List<String> edit(UnitDetails details, String by, Instant now) {
		UnitDetails before = details();
		List<String> changed = Arrays.stream(UnitDetails.class.getRecordComponents())
			.filter((field) -> !Objects.equals(valueOf(field, before), valueOf(field, details)))
			.map(RecordComponent::getName)
			.toList();
		if (!changed.isEmpty()) {
			apply(details);
			this.history.add(new UnitChange(UnitChange.Kind.EDITED, by, now, changed, null));
			announce(now);
		}
		return changed;
	}

	UnitDetails details() {
		return new UnitDetails(this.name, this.type, this.parentId, this.email, this.phone, this.activeFrom, this.code,
				this.administrativeArea, this.zalo);
	}

	private void apply(UnitDetails details) {
		this.name = details.name();
		this.type = details.type();
		this.parentId = details.parentId();
		this.email = details.email();
		this.phone = details.phone();
		this.activeFrom = details.activeFrom();
		this.code = details.code();
		this.administrativeArea = details.administrativeArea();
		this.zalo = details.zalo();
	}

	private static Object valueOf(RecordComponent field, UnitDetails details) {
		try {
			return field.getAccessor().invoke(details);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("Cannot read " + field.getName(), ex);
		}
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
	void recordMerge(MergeRequest request, String by, Instant now) {
		if (this.activeTo != null || !isActiveOn(request.effectiveFrom())) {
			throw new ConflictException(
					"Đơn vị " + this.id + " không hoạt động từ ngày " + request.effectiveFrom() + " nên không thể nhận sáp nhập",
					"Unit " + this.id + " is not active from " + request.effectiveFrom() + ", so nothing can merge into it");
		}
		UnitMerge merge = new UnitMerge(request.mergedUnitIds(), request.effectiveFrom(), request.reason(), now);
		this.merges.add(merge);
		this.history.add(new UnitChange(UnitChange.Kind.MERGE_RECORDED, by, now, List.of("merges"),
				String.join(", ", merge.mergedUnitIds())));
		record(new UnitsMerged(this.id, merge.mergedUnitIds(), merge.effectiveFrom(), merge.reason()), now);
	}

	/**
	 * Ends this unit the day before {@code effectiveFrom}, handing over to {@code successor}. Doing it again
	 * with the same successor and day changes nothing and announces nothing, so a retried merge completes
	 * what a crash left undone; returns whether anything changed.
	 */
	boolean endBySuccession(String successor, LocalDate effectiveFrom, String by, Instant now) {
		if (isSucceededBy(successor, effectiveFrom)) {
			return false;
		}
		end(successor, effectiveFrom, UnitChange.Kind.MERGED_INTO, successor, by, now);
		return true;
	}

	/** The split this unit recorded, if any: a retried request finds it here and only completes the successors. */
	Optional<UnitSplit> split() {
		return Optional.ofNullable(this.split);
	}

	/**
	 * Ends this unit the day before the split takes effect, handing what it owed to the first successor, and
	 * records the split in the same write.
	 */
	void recordSplit(UnitSplit split, String by, Instant now) {
		this.split = split;
		end(split.successorIds().get(0), split.effectiveFrom(), UnitChange.Kind.SPLIT, String.join(", ", split.successorIds()),
				by, now);
	}

	private void end(String successor, LocalDate effectiveFrom, UnitChange.Kind kind, String detail, String by,
			Instant now) {
		checkCanBeSucceededFrom(effectiveFrom);
		this.activeTo = effectiveFrom.minusDays(1);
		this.successorId = successor;
		this.history.add(new UnitChange(kind, by, now, List.of("activeTo", "successorId"), detail));
		announce(now);
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

	public String code() {
		return this.code;
	}

	public String administrativeArea() {
		return this.administrativeArea;
	}

	public String zalo() {
		return this.zalo;
	}

	public String splitFrom() {
		return this.splitFrom;
	}

	public List<UnitChange> history() {
		return Collections.unmodifiableList(this.history);
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
