package vn.health.plan.directory;

import vn.health.contracts.directory.UnitType;

/** What a caller gives to register a unit ({@code POST /api/units}). */
public record UnitDetails(String name, UnitType type, String parentId, String email, String phone) {

}
