package vn.householdledger.standalone;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import vn.householdledger.auth.AuthApplication;
import vn.householdledger.command.CommandSideApplication;
import vn.householdledger.platform.launch.AxonApplication;
import vn.householdledger.query.QuerySideApplication;
import vn.householdledger.web.WebApplication;

/**
 * Both sides in one process, serving the whole API on one port, with the pages and the authorization
 * server that signs people in: the default way to run. Without a configured datasource it starts its
 * own PostgreSQL with its data in {@code --ledger.data-dir}. The other launchers are left out so that
 * each module's configuration is read once.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan(basePackages = "vn.householdledger", excludeFilters = @ComponentScan.Filter(
        type = FilterType.ASSIGNABLE_TYPE, classes = {CommandSideApplication.class, QuerySideApplication.class,
                WebApplication.class, AuthApplication.class}))
public class LedgerApplication {

    public static void main(String[] args) {
        AxonApplication.run(LedgerApplication.class, args);
    }
}
