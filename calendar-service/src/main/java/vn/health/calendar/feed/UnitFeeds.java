package vn.health.calendar.feed;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Component;

import vn.health.calendar.CalendarRange;
import vn.health.calendar.UnitId;
import vn.health.calendar.access.CalendarAccess;
import vn.health.calendar.audit.AuditAction;
import vn.health.calendar.directory.Directory;
import vn.health.calendar.occurrence.UnitCalendar;
import vn.health.servicekit.audit.AuditTrail;
import vn.health.servicekit.security.Caller;
import vn.health.servicekit.web.NotFoundException;

/** Lịch đăng ký của đơn vị — hands out feed tokens and renders a unit's feed for whoever holds its token. */
@Component
class UnitFeeds {

	private final FeedTokenRepository tokens;

	private final UnitCalendar calendar;

	private final Directory directory;

	private final CalendarAccess access;

	private final AuditTrail audit;

	private final Clock clock;

	UnitFeeds(FeedTokenRepository tokens, UnitCalendar calendar, Directory directory, CalendarAccess access,
			AuditTrail audit, Clock clock) {
		this.tokens = tokens;
		this.calendar = calendar;
		this.directory = directory;
		this.access = access;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * A new token for a unit of the directory; the previous one stops working at once. The unit's own officers and
	 * coordinators hand the feed out, or the Sở's administrators do.
	 */
	String rotateToken(UnitId unit, Caller caller) {
		this.access.checkUnitStaff(caller, unit.value());
		this.directory.require(unit);
		FeedToken.Issued issued = FeedToken.issue(unit.value(), this.clock.instant());
		this.tokens.save(issued.stored());
		this.audit.record(caller, AuditAction.FEED_TOKEN_ROTATED, unit.value(), unit.value(), null);
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
