package vn.health.reporting.directory;

/**
 * Huyện — the district health centre a unit belongs to, as the replica names it: rates are grouped by it.
 *
 * @param unitId the district health centre
 * @param name its name as the directory last announced it
 */
public record District(String unitId, String name) {

}
