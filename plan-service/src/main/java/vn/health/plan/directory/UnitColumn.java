package vn.health.plan.directory;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The columns of a directory spreadsheet, by their Vietnamese headers. Headers are matched without case,
 * diacritics or extra spaces ("Ma don vi" is "Mã đơn vị"), so files typed on any keyboard are read.
 */
enum UnitColumn {

	CODE("Mã đơn vị", "Mã"),
	NAME("Tên đơn vị", "Tên"),
	TYPE("Loại", "Loại đơn vị"),
	PARENT("Đơn vị cấp trên", "Mã đơn vị cấp trên", "Cấp trên"),
	AREA("Địa bàn"),
	EMAIL("Email", "E-mail", "Thư điện tử"),
	PHONE("Điện thoại", "Số điện thoại"),
	ZALO("Zalo"),
	ACTIVE_FROM("Ngày bắt đầu hoạt động", "Hoạt động từ ngày", "Hoạt động từ");

	private final String header;

	private final List<String> keys;

	UnitColumn(String header, String... aliases) {
		this.header = header;
		this.keys = Stream.concat(Stream.of(header), Arrays.stream(aliases))
			.map(UnitColumn::key)
			.toList();
	}

	/** The header as the template prints it, also the {@code field} of a row's problems. */
	String header() {
		return this.header;
	}

	static Optional<UnitColumn> byHeader(String header) {
		String key = key(header);
		return Arrays.stream(values()).filter((column) -> column.keys.contains(key)).findFirst();
	}

	/** "  Mã  đơn vị " → "ma don vi" (đ is not a decomposed letter). */
	static String key(String text) {
		String ascii = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "");
		return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
	}

}
