package vn.health.notification.inbox;

import vn.health.servicekit.web.InputErrors;

/** One page of one unit's inbox, as asked for; {@link #of} refuses what makes no sense. */
public record InboxQuery(String unit, int page, int size) {

	static final int MAX_SIZE = 100;

	public static InboxQuery of(String unit, int page, int size) {
		new InputErrors()
			.requireText(unit, "unit", "Cần chọn đơn vị (tham số unit)", "Parameter unit (the unit id) is required")
			.check(page >= 0, "page", "Số trang phải từ 0 trở lên", "page must be 0 or more")
			.check(size >= 1 && size <= MAX_SIZE, "size", "Số mục mỗi trang phải từ 1 đến " + MAX_SIZE,
					"size must be between 1 and " + MAX_SIZE)
			.throwIfAny();
		return new InboxQuery(unit.strip(), page, size);
	}

}
