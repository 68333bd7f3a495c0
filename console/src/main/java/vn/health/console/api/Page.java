package vn.health.console.api;

import java.util.List;

/** One page of a list answer, the platform's {@code PageView} shape. */
public record Page<T>(List<T> items, int page, int size, long total) {

	public Page {
		items = (items != null) ? items : List.of();
	}

	public boolean hasNext() {
		return (long) (this.page + 1) * this.size < this.total;
	}

}
