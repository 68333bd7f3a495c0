package vn.health.notification.preference;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Địa chỉ liên lạc — what counts as an e-mail address and a Vietnamese mobile number here. */
public final class ContactAddresses {

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	/** Vietnamese mobile numbers: 0 or 84 / +84, then 3, 5, 7, 8 or 9 and eight digits. */
	private static final Pattern MOBILE = Pattern.compile("(?:\\+?84|0)([35789]\\d{8})");

	private ContactAddresses() {
	}

	public static boolean isEmail(String address) {
		return address != null && EMAIL.matcher(address.strip()).matches();
	}

	/** {@code 84xxxxxxxxx}, or {@code null} when {@code number} is not a Vietnamese mobile number. */
	public static String mobile(String number) {
		if (number == null) {
			return null;
		}
		Matcher matcher = MOBILE.matcher(number.replaceAll("[\\s.\\-]", ""));
		return matcher.matches() ? "84" + matcher.group(1) : null;
	}

}
