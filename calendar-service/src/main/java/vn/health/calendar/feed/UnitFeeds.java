package vn.health.calendar.feed;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Component;

import vn.health.calendar.CalendarRange;
import vn.health.calendar.UnitId;
import vn.health.calendar.directory.Directory;
import vn.health.calendar.occurrence.UnitCalendar;
import vn.health.servicekit.web.NotFoundException;

/** Lịch đăng ký của đơn vị — hands out feed tokens and renders a unit's feed for whoever holds its token. */
@Component
class UnitFeeds {

	private final FeedTokenRepository tokens;

	private final UnitCalendar calendar;

	private final Directory directory;

	private final Clock clock;

	UnitFeeds(FeedTokenRepository tokens, UnitCalendar calendar, Directory directory, Clock clock) {
		this.tokens = tokens;
		this.calendar = calendar;
		this.directory = directory;
		this.clock = clock;
	}

	/** A new token for a unit of the directory; the previous one stops working at once. */
	String rotateToken(UnitId unit) {
		this.directory.require(unit);
		FeedToken.Issued issued = FeedToken.issue(unit.value(), this.clock.instant());
		this.tokens.save(issued.stored());
		return issued.token();
	}

	/**
	 * The national themes, the unit's plan themes and campaigns, and its reporting deadlines, of this year and the next. A wrong token and a unit without a feed get the same answer,
	 * so the feed does not tell which units exist.
	 */
	String feed(String unitId, String token) {
		boolean opens = this.tokens.findById(unitId).orElseGet(() -> FeedToken.none(unitId)).accepts(token);
		if (!opens) {
			throw new NotFoundException("Không tìm thấy lịch này", "No such calendar feed");
		}
		int year = LocalDate.now(this.clock).getYear();
		CalendarRange range = new CalendarRange(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 12, 31));
		UnitId unit = UnitId.of(unitId, "unitId");
		return ThemeFeed.render(this.directory.require(unit).name(), this.calendar.between(range, unit),
				this.clock.instant());
	}

}
