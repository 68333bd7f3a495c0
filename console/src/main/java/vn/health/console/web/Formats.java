package vn.health.console.web;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

/** How pages write dates, statuses and numbers ({@code ${@fmt...}} in templates), in Vietnamese and Vietnam time. */
@Component("fmt")
public class Formats {

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final Map<String, String> STATUSES = Map.of("OPEN", "Chưa nộp", "OVERDUE", "Quá hạn",
			"SUBMITTED", "Chờ duyệt", "ACCEPTED", "Đã duyệt", "RETURNED", "Bị trả lại", "CANCELLED", "Đã hủy");

	private static final Map<String, String> PLAN_STATUSES = Map.of("DRAFT", "Dự thảo", "ISSUED", "Đã ban hành",
			"CLOSED", "Đã kết thúc", "REVOKED", "Đã thu hồi");

	private final Clock clock;

	Formats(Clock clock) {
		this.clock = clock;
	}

	public Instant now() {
		return this.clock.instant();
	}

	public java.time.ZoneId zone() {
		return this.clock.getZone();
	}

	/** The zone {@link #dateTime} writes in, for the scripts that write the same way (the live inbox). */
	public String zoneId() {
		return this.clock.getZone().getId();
	}

	public String dateTime(Instant instant) {
		return (instant != null) ? DATE_TIME.format(instant.atZone(this.clock.getZone())) : "";
	}

	public String date(LocalDate date) {
		return (date != null) ? DATE.format(date) : "";
	}

	public String status(String status) {
		return STATUSES.getOrDefault(status, status);
	}

	public String planStatus(String status) {
		return PLAN_STATUSES.getOrDefault(status, status);
	}

	/** "3 ngày 4 giờ" for a lateness; empty when on time. */
	public String lateness(Duration late) {
		if (late == null || late.isZero() || late.isNegative()) {
			return "";
		}
		long days = late.toDays();
		long hours = late.toHoursPart();
		return ((days > 0 ? days + " ngày " : "") + (hours > 0 || days == 0 ? hours + " giờ" : "")).trim();
	}

	/** "87,5%"; "—" when nothing was expected (no rate). */
	public String percent(BigDecimal value) {
		return (value != null) ? number(value.doubleValue()) + "%" : "—";
	}

	/** 12, 1.320,5 — a figure the Vietnamese way (dot between thousands, decimal comma), at most two decimals. */
	public String number(Double value) {
		if (value == null) {
			return "";
		}
		return new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(VIETNAMESE)).format(value);
	}

}
