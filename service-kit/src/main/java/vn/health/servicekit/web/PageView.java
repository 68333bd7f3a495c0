package vn.health.servicekit.web;

import java.util.List;
import java.util.function.Function;

import org.springframework.data.domain.Page;

/** One page of a list answer, the same shape in every service. */
public record PageView<T>(List<T> items, int page, int size, long total) {

	public static <E, T> PageView<T> of(Page<E> page, Function<E, T> view) {
		return new PageView<>(page.getContent().stream().map(view).toList(), page.getNumber(), page.getSize(),
				page.getTotalElements());
	}

}
