package vn.householdledger.query;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The query side alone: projections, read models and the read API; it only reads the event store. */
@SpringBootApplication(scanBasePackages = {"vn.householdledger.query", "vn.householdledger.platform"})
public class QuerySideApplication {

    public static void main(String[] args) {
        SpringApplication.run(QuerySideApplication.class, args);
    }
}
