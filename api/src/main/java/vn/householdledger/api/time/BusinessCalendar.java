package vn.householdledger.api.time;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Business dates are Vietnam's calendar dates (Asia/Ho_Chi_Minh): "today" is the date there, whatever
 * the server's zone; and a date the service takes lies within years a person could mean.
 */
public final class BusinessCalendar {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    /** The years of the dates the service takes: any other is a typing error (and may not fit PostgreSQL). */
    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2100;
    private static final Instant FIRST_INSTANT = LocalDate.of(FIRST_YEAR, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
    private static final Instant END_INSTANT = LocalDate.of(LAST_YEAR + 1, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();

    private BusinessCalendar() {
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(VIETNAM));
    }

    public static boolean isPlausible(LocalDate date) {
        return date.getYear() >= FIRST_YEAR && date.getYear() <= LAST_YEAR;
    }

    /** Whether the instant falls within the plausible years, in UTC. */
    public static boolean isPlausible(Instant instant) {
        return !instant.isBefore(FIRST_INSTANT) && instant.isBefore(END_INSTANT);
    }
}
