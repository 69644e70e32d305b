package vn.householdledger.command;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The command side alone: aggregates, command handlers and the write API over the shared event store. */
@SpringBootApplication(scanBasePackages = {"vn.householdledger.command", "vn.householdledger.platform"})
public class CommandSideApplication {

    public static void main(String[] args) {
        SpringApplication.run(CommandSideApplication.class, args);
    }
}
