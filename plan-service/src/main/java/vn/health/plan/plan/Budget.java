package vn.health.plan.plan;

import java.util.List;

/** Kinh phí thực hiện — where the money comes from, as listed, and any further text. */
public record Budget(List<String> sources, String text) {

	public Budget {
		sources = (sources != null) ? List.copyOf(sources) : List.of();
	}

}
