package vn.householdledger.standalone.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.householdledger.api.commune.CommuneItem;
import vn.householdledger.platform.security.Caller;
import vn.householdledger.query.commune.CommuneQueryController;

/** The communes as the query side lists them: names for every page, choices for filters and forms. */
@Component
public class Communes {

    private final CommuneQueryController communes;

    public Communes(CommuneQueryController communes) {
        this.communes = communes;
    }

    @SuppressWarnings("unchecked")
    public List<CommuneItem> all() {
        return (List<CommuneItem>) communes.communes().get("items");
    }

    /** Code → name of every commune. */
    public Map<String, String> names() {
        Map<String, String> names = new LinkedHashMap<>();
        all().forEach(c -> names.put(c.code(), c.name()));
        return names;
    }

    /** The communes the signed-in account may read: a worker's own, everyone else's all. */
    public List<CommuneItem> readable() {
        Caller caller = Caller.current();
        return all().stream().filter(c -> caller.mayRead(c.code())).toList();
    }

    /** The communes the signed-in account records for: a worker's own, nobody else's. */
    public List<CommuneItem> writable() {
        Caller caller = Caller.current();
        return all().stream().filter(c -> caller.communes().contains(c.code())).toList();
    }
}
