package vn.health.calendar.directory;

import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Sáp nhập đơn vị — a unit merged into a successor, which from {@code effectiveFrom} is responsible for what the
 * merged unit was assigned. Known from {@code UnitsMerged} and from the merged unit's own {@code UnitUpserted}
 * ({@code activeTo}, {@code successorId}); both say the same, and a merge is never undone, so whichever arrives first
 * and any replay write the same document.
 */
@Document("unit_merges")
public record UnitMerge(@Id String mergedUnitId, @Indexed String successorId, LocalDate effectiveFrom) {

}
