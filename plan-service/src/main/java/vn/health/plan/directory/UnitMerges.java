package vn.health.plan.directory;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

import vn.health.servicekit.web.ConflictException;
import vn.health.servicekit.web.InputErrors;

/**
 * Sáp nhập đơn vị — merges units into a successor (the 2025 reorganisation: district level removed, communes
 * merged). Without multi-document transactions a merge is two steps: the successor records it with its
 * {@code UnitsMerged} event in one write (the commit point), then each merged unit is ended in its own write.
 * Both steps are idempotent, so the same request sent again after a crash completes the merge, and sent again
 * after success changes nothing.
 */
@Service
public class UnitMerges {

	private static final Logger log = LoggerFactory.getLogger(UnitMerges.class);

	private final UnitRepository units;

	private final Directory directory;

	private final Clock clock;

	UnitMerges(UnitRepository units, Directory directory, Clock clock) {
		this.units = units;
		this.directory = directory;
		this.clock = clock;
	}

	/** Merges the requested units into {@code successorId}; returns the successor as it is afterwards. */
	public Unit merge(String successorId, MergeRequest request, String by) {
		validate(successorId, request);
		Unit successor = this.directory.get(successorId);
		Map<String, Unit> merged = existing(request.mergedUnitIds());
		// Mongo keeps milliseconds: the first answer then equals what a retry (or a GET) reads back.
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
		Optional<UnitMerge> recorded = successor.mergeInvolving(request.mergedUnitIds());
		if (recorded.isPresent() && !recorded.get().isRequestedBy(request)) {
			throw new ConflictException("Đơn vị " + successorId + " đã ghi nhận một sáp nhập khác với các đơn vị này",
					"Unit " + successorId + " already recorded a different merge of these units");
		}
		if (recorded.isEmpty()) {
			merged.values()
				.stream()
				.filter((unit) -> !unit.isSucceededBy(successorId, request.effectiveFrom()))
				.forEach((unit) -> unit.checkCanBeSucceededFrom(request.effectiveFrom()));
			successor.recordMerge(request, by, now);
			successor = this.units.save(successor);
			log.info("Unit {} recorded the merge of {} from {}", successorId, request.mergedUnitIds(),
					request.effectiveFrom());
		}
		for (String id : request.mergedUnitIds()) {
			Unit unit = merged.get(id);
			if (unit.endBySuccession(successorId, request.effectiveFrom(), by, now)) {
				this.units.save(unit);
				log.info("Unit {} ended on {}, succeeded by {}", id, unit.activeTo(), successorId);
			}
		}
		return successor;
	}

	private Map<String, Unit> existing(List<String> ids) {
		Map<String, Unit> found = this.units.findAllById(ids)
			.stream()
			.collect(Collectors.toMap(Unit::id, Function.identity()));
		InputErrors errors = new InputErrors();
		for (int i = 0; i < ids.size(); i++) {
			errors.check(found.containsKey(ids.get(i)), "mergedUnitIds[" + i + "]", "Không có đơn vị mã " + ids.get(i),
					"No unit with id " + ids.get(i));
		}
		errors.throwIfAny();
		return found;
	}

	private static void validate(String successorId, MergeRequest request) {
		List<String> ids = (request.mergedUnitIds() != null) ? request.mergedUnitIds() : List.of();
		InputErrors errors = new InputErrors()
			.check(!ids.isEmpty(), "mergedUnitIds", "Chưa chọn đơn vị được sáp nhập",
					"mergedUnitIds must name at least one unit")
			.check(request.effectiveFrom() != null, "effectiveFrom", "Chưa có ngày sáp nhập có hiệu lực",
					"effectiveFrom is required")
			.check(request.reason() == null || request.reason().length() <= 1000, "reason",
					"Lý do tối đa 1000 ký tự", "reason is at most 1000 characters");
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < ids.size(); i++) {
			String id = ids.get(i);
			String field = "mergedUnitIds[" + i + "]";
			errors.requireText(id, field, "Mã đơn vị không được để trống", "unit id is required")
				.check(!successorId.equals(id), field, "Đơn vị không thể sáp nhập vào chính nó",
						"a unit cannot merge into itself")
				.check(id == null || seen.add(id), field, "Đơn vị " + id + " được chọn hai lần",
						"unit " + id + " is listed twice");
		}
		errors.throwIfAny();
	}

}
