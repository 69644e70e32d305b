package vn.householdledger.query.read;

import java.util.Set;
import vn.householdledger.platform.security.Caller;

/**
 * Which communes a read covers: the one asked for (if the caller may read it), else every commune the
 * caller may read; {@link #communes()} is null for the whole district.
 */
public record CommuneScope(Set<String> communes) {

    public static CommuneScope of(String commune) {
        Caller caller = Caller.current();
        if (commune != null) {
            caller.requireRead(commune);
            return new CommuneScope(Set.of(commune));
        }
        return new CommuneScope(caller.limitedToOwnCommunes() ? caller.communes() : null);
    }

    public boolean covers(String commune) {
        return communes == null || communes.contains(commune);
    }

    /** As a SQL array parameter, for {@code (?::text[] IS NULL OR commune_code = ANY (?::text[]))}. */
    public String[] sqlArray() {
        return communes == null ? null : communes.toArray(String[]::new);
    }
}
