package vn.health.servicekit.web;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** Validated paging parameters: page from 0, size 1 to 100. */
public final class Paging {

	public static final int MAX_SIZE = 100;

	private Paging() {
	}

	public static PageRequest of(int page, int size, Sort sort) {
		new InputErrors().check(page >= 0, "page", "Số trang phải từ 0 trở lên", "page must be 0 or more")
			.check(size >= 1 && size <= MAX_SIZE, "size", "Kích thước trang phải từ 1 đến " + MAX_SIZE,
					"size must be between 1 and " + MAX_SIZE)
			.throwIfAny();
		return PageRequest.of(page, size, sort);
	}

}
