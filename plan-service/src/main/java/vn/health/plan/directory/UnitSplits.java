package vn.health.plan.directory;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

import vn.health.servicekit.web.ConflictException;
import vn.health.servicekit.web.InputErrors;

/**
 * Chia tách đơn vị — one unit becomes several from a day on (a district health centre split in two, a ward
 * divided). Without multi-document transactions: the split unit records the split and ends itself in one write
 * (the commit point, announcing its {@code activeTo} and its {@code successorId}, the first successor, which takes
 * over what it owed); then each successor is created with the id recorded, announcing itself. The same request
 * again completes a split a crash cut off, and changes nothing after success.
 */
@Service
public class UnitSplits {

	private static final Logger log = LoggerFactory.getLogger(UnitSplits.class);

	private final UnitRepository units;

	private final Directory directory;

	private final Clock clock;

	UnitSplits(UnitRepository units, Directory directory, Clock clock) {
		this.units = units;
		this.directory = directory;
		this.clock = clock;
	}

	public Split split(String unitId, SplitRequest request, String by) {
		checkShape(request);
		Unit unit = this.directory.get(unitId);
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
		UnitSplit split = unit.split().orElse(null);
		if (split != null && !split.isRequestedBy(request)) {
			throw new ConflictException("Đơn vị " + unitId + " đã được chia tách theo một quyết định khác",
					"Unit " + unitId + " was already split differently");
		}
		if (split == null) {
			checkSuccessors(unitId, request);
			split = new UnitSplit(request.effectiveFrom(), request.reason(),
					Stream.generate(() -> UUID.randomUUID().toString()).limit(request.successors().size()).toList(),
					request.normalisedSuccessors(), now);
			unit.recordSplit(split, by, now);
			unit = this.units.save(unit);
			log.info("Unit {} split into {} from {}", unitId, split.successorIds(), split.effectiveFrom());
		}
		List<Unit> successors = new ArrayList<>();
		for (int i = 0; i < split.successorIds().size(); i++) {
			successors.add(created(unitId, split.successorIds().get(i), split.successors().get(i), by, now));
		}
		return new Split(unit, successors);
	}

	/** The successor with the recorded id, created now unless an earlier attempt did. */
	private Unit created(String predecessorId, String id, UnitDetails details, String by, Instant now) {
		return this.units.findById(id).orElseGet(() -> {
			try {
				return this.units.insert(Unit.splitFrom(predecessorId, id, details, by, now));
			}
			catch (DuplicateKeyException createdMeanwhile) {
				return this.directory.get(id);
			}
		});
	}

	private static void checkShape(SplitRequest request) {
		List<UnitDetails> successors = (request.successors() != null) ? request.successors() : List.of();
		InputErrors errors = new InputErrors()
			.check(request.effectiveFrom() != null, "effectiveFrom", "Chưa có ngày chia tách có hiệu lực",
					"effectiveFrom is required")
			.check(successors.size() >= 2, "successors", "Chia tách cần ít nhất hai đơn vị mới",
					"a split needs at least two successors")
			.check(request.reason() == null || request.reason().length() <= 1000, "reason", "Lý do tối đa 1000 ký tự",
					"reason is at most 1000 characters");
		for (int i = 0; i < successors.size(); i++) {
			errors.check(successors.get(i) != null, "successors[" + i + "]", "Đơn vị mới trống", "successor is empty");
		}
		errors.throwIfAny();
	}

	/** Each successor as a unit of its own, none under the unit being split, no code twice. */
	private void checkSuccessors(String unitId, SplitRequest request) {
		InputErrors errors = new InputErrors();
		Set<String> codes = new HashSet<>();
		for (int i = 0; i < request.successors().size(); i++) {
			UnitDetails successor = request.successors().get(i);
			String at = "successors[" + i + "].";
			this.directory.validate(successor, null, at, errors).check(!unitId.equals(successor.parentId()), at + "parentId",
					"Đơn vị mới không thể trực thuộc đơn vị bị chia tách", "A successor cannot be under the unit split")
				.check(successor.code() == null || successor.code().isBlank() || codes.add(successor.code().strip()),
						at + "code", "Mã đơn vị " + successor.code() + " bị trùng", "code " + successor.code() + " is used twice");
		}
		errors.throwIfAny();
	}

	/** The split unit as it is afterwards, and its successors in the order requested. */
	public record Split(Unit unit, List<Unit> successors) {

	}

}
