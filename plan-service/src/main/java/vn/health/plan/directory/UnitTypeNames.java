package vn.health.plan.directory;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

import vn.health.contracts.directory.UnitType;

/** A unit type as people write it in a spreadsheet ("Trạm Y tế xã", "TTYT huyện", "CDC") or as the API names it. */
final class UnitTypeNames {

	private static final Map<String, UnitType> NAMES = Map.ofEntries(
			Map.entry("so y te", UnitType.DEPARTMENT_OF_HEALTH),
			Map.entry("cdc", UnitType.PROVINCIAL_CDC), Map.entry("cdc tinh", UnitType.PROVINCIAL_CDC),
			Map.entry("trung tam kiem soat benh tat", UnitType.PROVINCIAL_CDC),
			Map.entry("trung tam kiem soat benh tat tinh", UnitType.PROVINCIAL_CDC),
			Map.entry("ttyt", UnitType.DISTRICT_HEALTH_CENTRE), Map.entry("ttyt huyen", UnitType.DISTRICT_HEALTH_CENTRE),
			Map.entry("trung tam y te", UnitType.DISTRICT_HEALTH_CENTRE),
			Map.entry("trung tam y te huyen", UnitType.DISTRICT_HEALTH_CENTRE),
			Map.entry("tyt", UnitType.COMMUNE_HEALTH_STATION), Map.entry("tyt xa", UnitType.COMMUNE_HEALTH_STATION),
			Map.entry("tram y te", UnitType.COMMUNE_HEALTH_STATION),
			Map.entry("tram y te xa", UnitType.COMMUNE_HEALTH_STATION),
			Map.entry("benh vien", UnitType.HOSPITAL),
			Map.entry("tu nhan", UnitType.PRIVATE_FACILITY), Map.entry("co so y te tu nhan", UnitType.PRIVATE_FACILITY),
			Map.entry("co so ngoai cong lap", UnitType.PRIVATE_FACILITY),
			Map.entry("phong kham tu nhan", UnitType.PRIVATE_FACILITY));

	private UnitTypeNames() {
	}

	static Optional<UnitType> parse(String text) {
		String key = UnitColumn.key(text);
		return Optional.ofNullable(NAMES.get(key))
			.or(() -> Arrays.stream(UnitType.values()).filter((type) -> type.name().equalsIgnoreCase(text.strip())).findFirst());
	}

}
