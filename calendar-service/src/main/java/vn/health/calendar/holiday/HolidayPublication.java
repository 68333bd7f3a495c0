package vn.health.calendar.holiday;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;


/**
 * Công bố lịch nghỉ — sends {@code HolidaysPublished} on {@code calendar.v1} for every year the service knows (last,
 * this and next year, and any year with a government decision) whenever that year changes: at start-up, after an
 * operator's adjustment, and hourly, which also heals a crash between storing an adjustment and publishing its year
 * and starts a new year on 1 January.
 */
@Component
public class HolidayPublication implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(HolidayPublication.class);

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private static final int ATTEMPTS = 3;

	private final HolidayAdjustmentRepository adjustments;

	private final HolidayYearRepository years;

	private final Clock clock;

	HolidayPublication(HolidayAdjustmentRepository adjustments, HolidayYearRepository years, Clock clock) {
		this.adjustments = adjustments;
		this.years = years;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		publishKnownYears();
	}

	@Scheduled(fixedDelayString = "${calendar.holidays.republish-interval:PT1H}",
			initialDelayString = "${calendar.holidays.republish-interval:PT1H}")
	void republishChanged() {
		publishKnownYears();
	}

	/** Returns how many years were published now (the others had not changed). */
	public int publishKnownYears() {
		List<HolidayAdjustment> decided = this.adjustments.findAll();
		int thisYear = LocalDate.now(this.clock.withZone(VIETNAM)).getYear();
		Set<Integer> known = new TreeSet<>();
		IntStream.rangeClosed(thisYear - 1, thisYear + 1).forEach(known::add);
		decided.forEach((adjustment) -> known.add(adjustment.date().getYear()));
		int published = 0;
		for (int year : known) {
			published += publish(year) ? 1 : 0;
		}
		if (published > 0) {
			log.info("Holidays published for {} year(s) of {}", published, known);
		}
		return published;
	}

	/**
	 * Publishes {@code year} if it changed. Two instances racing on one year: one write wins on the version, the
	 * other reloads, finds the content already published, and records nothing.
	 */
	boolean publish(int year) {
		for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
			PublicHolidays holidays = new PublicHolidays(this.adjustments.findAll());
			HolidayYear stored = this.years.findById(HolidayYear.idOf(year))
				.orElseGet(() -> HolidayYear.unpublished(year));
			if (!stored.publish(holidays, this.clock.instant())) {
				return false;
			}
			try {
				this.years.save(stored);
				return true;
			}
			catch (DuplicateKeyException | OptimisticLockingFailureException changedMeanwhile) {
				log.debug("Holidays of {} were published meanwhile; comparing again", year);
			}
		}
		throw new IllegalStateException("Holidays of " + year + " kept changing while being published");
	}

}
