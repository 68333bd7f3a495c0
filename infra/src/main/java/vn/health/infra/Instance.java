package vn.health.infra;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One process of a component. A service may run several side by side, as it would behind a load balancer: the first
 * is named like the component ({@code notification-service}), the further ones get their number
 * ({@code notification-service-2}).
 *
 * @param component what runs
 * @param number 1 for the first instance, 2 and up for further instances of a service
 */
public record Instance(Component component, int number) {

	private static final Pattern FURTHER = Pattern.compile("(.+)-([2-9]|[1-9]\\d+)");

	public Instance {
		if (number < 1 || (number > 1 && !component.isService())) {
			throw new IllegalArgumentException(
					"%s cannot run as instance %d; only a service runs several".formatted(component.id(), number));
		}
	}

	public static Instance first(Component component) {
		return new Instance(component, 1);
	}

	/** {@code notification-service} is the first instance, {@code notification-service-2} the second. */
	public static Instance named(String name) {
		Matcher further = FURTHER.matcher(name);
		if (further.matches()) {
			return new Instance(Component.named(further.group(1)), Integer.parseInt(further.group(2)));
		}
		return first(Component.named(name));
	}

	/** The name used in the API, in status lines and for the log file. */
	public String name() {
		return (number == 1) ? component.id() : component.id() + "-" + number;
	}

}
