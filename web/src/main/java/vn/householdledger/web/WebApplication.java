package vn.householdledger.web;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The pages alone, as their own service: a client of the command side and the query side over HTTP
 * ({@code ledger.web.command-url}, {@code ledger.web.query-url}), signing people in through the
 * authorization server. The standalone serves the same pages beside both sides.
 */
@SpringBootApplication
public class WebApplication {

    public static void main(String[] args) {
        SpringApplication.run(WebApplication.class, args);
    }
}
