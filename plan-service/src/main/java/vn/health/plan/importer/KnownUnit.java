package vn.health.plan.importer;

import vn.health.contracts.directory.UnitType;

/** Đơn vị trong danh bạ — what the importer needs to know of a directory unit to recognise it in text. */
public record KnownUnit(String id, String name, UnitType type) {

}
