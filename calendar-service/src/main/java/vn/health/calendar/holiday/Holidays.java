package vn.health.calendar.holiday;

import java.time.LocalDate;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

import vn.health.calendar.access.CalendarAccess;
import vn.health.calendar.audit.AuditAction;
import vn.health.servicekit.audit.AuditTrail;
import vn.health.servicekit.security.Caller;
import vn.health.servicekit.web.ConflictException;
import vn.health.servicekit.web.NotFoundException;

/** Lịch nghỉ — the service's entry point to public holidays, working days and the government's adjustments. */
@Component
public class Holidays {

	private final HolidayAdjustmentRepository adjustments;

	private final HolidayPublication publication;

	private final CalendarAccess access;

	private final AuditTrail audit;

	Holidays(HolidayAdjustmentRepository adjustments, HolidayPublication publication, CalendarAccess access,
			AuditTrail audit) {
		this.adjustments = adjustments;
		this.publication = publication;
		this.access = access;
		this.audit = audit;
	}

	/** Holidays as the law and every stored decision make them; adjustments are a handful per year. */
	public PublicHolidays publicHolidays() {
		return new PublicHolidays(this.adjustments.findAll());
	}

	public WorkingDays workingDays() {
		return new WorkingDays(publicHolidays());
	}

	/**
	 * Stores one decision, or refuses it whole: a date is adjusted once, a year's National Day chosen once. The year
	 * is then published again; a crash in between is healed by {@link HolidayPublication}'s next pass. Every service
	 * counts working days on these, so only the Sở's administrators enter them.
	 */
	HolidayAdjustment adjust(AdjustmentRequest request, Caller caller) {
		this.access.requireProvinceAdmin(caller);
		HolidayAdjustment adjustment = HolidayAdjustment.decide(request.date(), request.kind(), request.reason(),
				workingDays());
		HolidayAdjustment stored;
		try {
			stored = this.adjustments.insert(adjustment);
		}
		catch (DuplicateKeyException ex) {
			throw (adjustment.kind() == AdjustmentKind.NATIONAL_DAY_ADJACENT)
					? new ConflictException("Ngày liền kề Quốc khánh năm " + adjustment.date().getYear() + " đã được chọn",
							"the day next to National Day " + adjustment.date().getYear() + " is already chosen")
					: new ConflictException("Ngày " + adjustment.date() + " đã có điều chỉnh",
							"date " + adjustment.date() + " is already adjusted");
		}
		this.audit.record(caller, AuditAction.HOLIDAY_ADJUSTED, null, stored.date().toString(), describe(stored));
		this.publication.publish(stored.date().getYear());
		return stored;
	}

	/**
	 * Withdraws the decision on {@code date} (entered by mistake, or replaced by a later notice) and publishes its
	 * year again; 404 when the date has none.
	 */
	HolidayAdjustment withdraw(LocalDate date, Caller caller) {
		this.access.requireProvinceAdmin(caller);
		HolidayAdjustment adjustment = this.adjustments.findByDate(date)
			.orElseThrow(() -> new NotFoundException("Ngày " + date + " không có điều chỉnh nào",
					"date " + date + " has no adjustment"));
		this.adjustments.delete(adjustment);
		this.audit.record(caller, AuditAction.HOLIDAY_WITHDRAWN, null, date.toString(), describe(adjustment));
		this.publication.publish(date.getYear());
		return adjustment;
	}

	private static String describe(HolidayAdjustment adjustment) {
		return adjustment.kind() + ": " + adjustment.reason();
	}

	/** What an operator sends: the date, what the decision makes of it, and the decision itself. */
	record AdjustmentRequest(LocalDate date, AdjustmentKind kind, String reason) {

	}

}
