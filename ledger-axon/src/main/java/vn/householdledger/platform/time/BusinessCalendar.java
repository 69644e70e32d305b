package vn.householdledger.platform.time;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Business dates are Vietnam's calendar dates (Asia/Ho_Chi_Minh): "today" is the date there, whatever
 * the server's zone. The clock is a bean so that tests and aggregates share one notion of today.
 */
@Configuration(proxyBeanMethods = false)
public class BusinessCalendar {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Bean
    public Clock businessClock() {
        return Clock.system(VIETNAM);
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(VIETNAM));
    }
}
