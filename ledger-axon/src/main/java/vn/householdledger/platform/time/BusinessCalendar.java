package vn.householdledger.platform.time;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.springframework.boot.autoconfigure.validation.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Business dates are Vietnam's calendar dates (Asia/Ho_Chi_Minh): "today" is the date there, whatever
 * the server's zone. The clock is a bean so that tests and aggregates share one notion of today.
 */
@Configuration(proxyBeanMethods = false)
public class BusinessCalendar {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    /** The years of the dates the service takes: any other is a typing error (and may not fit PostgreSQL). */
    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2100;
    private static final Instant FIRST_INSTANT = LocalDate.of(FIRST_YEAR, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
    private static final Instant END_INSTANT = LocalDate.of(LAST_YEAR + 1, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();

    @Bean
    public Clock businessClock() {
        return Clock.system(VIETNAM);
    }

    /**
     * Bean Validation judges a business date ({@code @PastOrPresent}) by Vietnam's calendar too, not the
     * server's: at 00:10 in Hà Nội, the day that began there is today, though it is still yesterday in UTC.
     */
    @Bean
    public ValidationConfigurationCustomizer businessDatesValidation(Clock businessClock) {
        return configuration -> configuration.clockProvider(() -> businessClock.withZone(VIETNAM));
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
