package vn.health.plan.directory;

import java.time.LocalDate;

import vn.health.contracts.directory.UnitType;

/**
 * What a caller gives to register a unit ({@code POST /api/units}) or to change one ({@code PUT /api/units/{id}},
 * the whole state as it should read).
 *
 * @param activeFrom the unit's first day, e.g. a commune formed on 2025-07-01; {@code null} when it existed
 *     before the platform knew it
 * @param code mã đơn vị, the province's own code for the unit (unique), e.g. {@code 24001}; may be {@code null}
 * @param administrativeArea địa bàn, the commune, district or province the unit serves, as named there
 * @param zalo the number (or Zalo Official Account id) the unit is reached on by Zalo
 */
public record UnitDetails(String name, UnitType type, String parentId, String email, String phone,
		LocalDate activeFrom, String code, String administrativeArea, String zalo) {

	/** A unit known by name, type, parent and contacts only, as the first directory had them. */
	public UnitDetails(String name, UnitType type, String parentId, String email, String phone, LocalDate activeFrom) {
		this(name, type, parentId, email, phone, activeFrom, null, null, null);
	}

	/** The same details with blanks as absent and text stripped, as they are stored. */
	UnitDetails normalised() {
		return new UnitDetails(this.name.strip(), this.type, blankToNull(this.parentId), blankToNull(this.email),
				blankToNull(this.phone), this.activeFrom, blankToNull(this.code), blankToNull(this.administrativeArea),
				blankToNull(this.zalo));
	}

	UnitDetails startingOn(LocalDate day) {
		return new UnitDetails(this.name, this.type, this.parentId, this.email, this.phone, day, this.code,
				this.administrativeArea, this.zalo);
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
