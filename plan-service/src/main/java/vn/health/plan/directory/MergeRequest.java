package vn.health.plan.directory;

import java.time.LocalDate;
import java.util.List;

/**
 * What a caller gives to merge units into the one addressed ({@code POST /api/units/{id}/merge}).
 *
 * @param effectiveFrom the successor's first day in charge; each merged unit's last day is the day before
 * @param reason the decision behind it (e.g. a resolution number), may be {@code null}
 */
public record MergeRequest(List<String> mergedUnitIds, LocalDate effectiveFrom, String reason) {

}
