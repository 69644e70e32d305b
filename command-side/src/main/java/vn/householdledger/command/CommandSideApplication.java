package vn.householdledger.command;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import vn.householdledger.platform.launch.AxonApplication;

/** The command side alone: aggregates, command handlers and the write API over the shared event store. */
@SpringBootApplication(scanBasePackages = {"vn.householdledger.command", "vn.householdledger.platform"})
public class CommandSideApplication {

    public static void main(String[] args) {
        AxonApplication.run(CommandSideApplication.class, args);
    }
}
