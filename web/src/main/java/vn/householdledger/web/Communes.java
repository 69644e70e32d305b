package vn.householdledger.web;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.householdledger.api.commune.CommuneItem;
import vn.householdledger.web.ledger.ReferenceReads;

/**
 * The communes as the query side lists them: names for every page, choices for filters and forms. Almost
 * every page names communes and they change a few times a year, so the list is asked for at most every
 * {@value #FRESH_SECONDS} seconds rather than once per page.
 */
@Component
public class Communes {

    static final long FRESH_SECONDS = 30;

    private record Known(List<CommuneItem> items, Instant asked) {
    }

    private final ReferenceReads reference;
    private final Clock clock;
    private volatile Known known;

    public Communes(ReferenceReads reference, Clock clock) {
        this.reference = reference;
        this.clock = clock;
    }

    public List<CommuneItem> all() {
        Known current = known;
        Instant now = clock.instant();
        if (current == null || current.asked().plusSeconds(FRESH_SECONDS).isBefore(now)) {
            current = new Known(reference.communes().items(), now);
            known = current;
        }
        return current.items();
    }

    /** Code → name of every commune. */
    public Map<String, String> names() {
        Map<String, String> names = new LinkedHashMap<>();
        all().forEach(c -> names.put(c.code(), c.name()));
        return names;
    }

    /** The communes the signed-in account may read: a worker's own, everyone else's all. */
    public List<CommuneItem> readable() {
        SignedIn person = SignedIn.current();
        return all().stream().filter(c -> person.reads(c.code())).toList();
    }

    /** The communes the signed-in account records for: a worker's own, nobody else's. */
    public List<CommuneItem> writable() {
        SignedIn person = SignedIn.current();
        return all().stream().filter(c -> person.recordsFor(c.code())).toList();
    }
}
