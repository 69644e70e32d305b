package vn.householdledger.standalone.faults;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import vn.householdledger.events.commune.CommuneRegistered;

/**
 * A test-only projection in its own processing group: it remembers the communes it has seen and
 * fails on those it is told to fail on, until told to stop failing. Imported by {@link FaultsApiTest}
 * only, so no other test sees it.
 */
@ProcessingGroup(FailingProjection.NAME)
public class FailingProjection {

    public static final String NAME = "failing-probe";

    private final Set<String> failOn = ConcurrentHashMap.newKeySet();
    private final Set<String> seen = ConcurrentHashMap.newKeySet();

    @EventHandler
    void on(CommuneRegistered event) {
        if (failOn.contains(event.code())) {
            throw new IllegalStateException("Told to fail on commune " + event.code());
        }
        seen.add(event.code());
    }

    @ResetHandler
    void reset() {
        seen.clear();
    }

    void failOn(String code) {
        failOn.add(code);
    }

    void stopFailing() {
        failOn.clear();
    }

    boolean saw(String code) {
        return seen.contains(code);
    }
}
