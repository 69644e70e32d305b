package vn.householdledger.platform.time;

import java.time.Clock;
import org.springframework.boot.autoconfigure.validation.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.householdledger.api.time.BusinessCalendar;

/** The clock of business dates is a bean, so that tests and aggregates share one notion of today. */
@Configuration(proxyBeanMethods = false)
public class BusinessClockConfiguration {

    @Bean
    public Clock businessClock() {
        return Clock.system(BusinessCalendar.VIETNAM);
    }

    /**
     * Bean Validation judges a business date ({@code @PastOrPresent}) by Vietnam's calendar too, not the
     * server's: at 00:10 in Hà Nội, the day that began there is today, though it is still yesterday in UTC.
     */
    @Bean
    public ValidationConfigurationCustomizer businessDatesValidation(Clock businessClock) {
        return configuration -> configuration.clockProvider(() -> businessClock.withZone(BusinessCalendar.VIETNAM));
    }
}
