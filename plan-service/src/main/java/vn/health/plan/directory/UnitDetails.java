package vn.health.plan.directory;

import java.time.LocalDate;

import vn.health.contracts.directory.UnitType;

/**
 * What a caller gives to register a unit ({@code POST /api/units}).
 *
 * @param activeFrom the unit's first day, e.g. a commune formed on 2025-07-01; {@code null} when it existed
 * before the platform knew it
 */
public record UnitDetails(String name, UnitType type, String parentId, String email, String phone,
		LocalDate activeFrom) {

}
