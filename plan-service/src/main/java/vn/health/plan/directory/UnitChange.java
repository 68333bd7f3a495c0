package vn.health.plan.directory;

import java.time.Instant;
import java.util.List;

/**
 * One change of a unit in its audit trail: who, when, what.
 *
 * @param by who asked: the subject of the caller's access token ({@code anonymous} in entries made before
 *        the service checked tokens), {@code system} for the demo seed
 * @param changed the fields that changed ({@code parentId}, {@code activeTo} …)
 * @param detail the other units involved (merged, successor, split into), or the import it came from
 */
public record UnitChange(Kind kind, String by, Instant at, List<String> changed, String detail) {

	public UnitChange {
		changed = (changed != null) ? List.copyOf(changed) : List.of();
	}

	public enum Kind {

		/** Đăng ký. */
		REGISTERED,

		/** Sửa thông tin, chuyển đơn vị cấp trên. */
		EDITED,

		/** Nhận sáp nhập (as successor). */
		MERGE_RECORDED,

		/** Sáp nhập vào đơn vị khác (ended). */
		MERGED_INTO,

		/** Chia tách thành các đơn vị mới (ended). */
		SPLIT,

		/** Thành lập từ chia tách (a successor of a split). */
		SPLIT_FROM

	}

}
