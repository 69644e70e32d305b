package vn.householdledger.command.erasure;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import vn.householdledger.platform.erasure.HouseholdKeys;

/**
 * At start, every household key still wrapped under a retired master key is re-wrapped under the current
 * one: after a start that logs none left, the retired master key may be removed from the configuration.
 */
@Component
public class MasterKeyRotation implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(MasterKeyRotation.class);

    private final HouseholdKeys keys;

    public MasterKeyRotation(HouseholdKeys keys) {
        this.keys = keys;
    }

    @Override
    public void run(ApplicationArguments args) {
        int rewrapped = keys.rewrap();
        if (rewrapped > 0) {
            log.info("Re-wrapped {} household keys under the current master key: no key needs a retired master key any more",
                    rewrapped);
        }
    }
}
