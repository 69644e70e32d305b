package vn.householdledger.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.householdledger.api.commune.CommuneItem;
import vn.householdledger.web.ledger.ReferenceReads;

/** The communes as the query side lists them: names for every page, choices for filters and forms. */
@Component
public class Communes {

    private final ReferenceReads reference;

    public Communes(ReferenceReads reference) {
        this.reference = reference;
    }

    public List<CommuneItem> all() {
        return reference.communes().items();
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
