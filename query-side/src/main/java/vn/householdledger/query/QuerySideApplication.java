package vn.householdledger.query;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import vn.householdledger.platform.launch.AxonApplication;

/** The query side alone: projections, read models and the read API; it only reads the event store. */
@SpringBootApplication(scanBasePackages = {"vn.householdledger.query", "vn.householdledger.platform"})
public class QuerySideApplication {

    public static void main(String[] args) {
        AxonApplication.run(QuerySideApplication.class, args);
    }
}
