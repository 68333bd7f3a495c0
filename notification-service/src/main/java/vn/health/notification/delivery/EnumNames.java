package vn.health.notification.delivery;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Tên hằng — an enum constant from what a caller typed (any case, blanks around ignored), and the list of names. */
public final class EnumNames {

	private EnumNames() {
	}

	public static <E extends Enum<E>> Optional<E> parse(Class<E> type, String name) {
		return Arrays.stream(type.getEnumConstants())
			.filter((value) -> name != null && value.name().equals(name.strip().toUpperCase(Locale.ROOT)))
			.findFirst();
	}

	/** {@code A, B, C}: for error messages. */
	public static String listed(Class<? extends Enum<?>> type) {
		return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
	}

}
