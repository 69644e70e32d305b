package vn.householdledger.web;

import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import vn.householdledger.api.time.BusinessCalendar;

/**
 * The pages alone, as their own service: a client of the command side and the query side over HTTP
 * ({@code ledger.web.command-url}, {@code ledger.web.query-url}), signing people in through the
 * authorization server. The standalone serves the same pages beside both sides.
 */
@SpringBootApplication
public class WebApplication {

    /** Today is Vietnam's date, whatever the server's zone (in the standalone, the sides' clock serves the pages). */
    @Bean
    public Clock businessClock() {
        return Clock.system(BusinessCalendar.VIETNAM);
    }

    public static void main(String[] args) {
        SpringApplication.run(WebApplication.class, args);
    }
}
