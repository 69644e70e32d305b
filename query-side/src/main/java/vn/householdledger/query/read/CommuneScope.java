package vn.householdledger.query.read;

import java.util.Set;

/**
 * Which communes a read covers: {@link #communes()} is null for the whole district. The units' slice
 * ({@code UnitLineage#scope}) makes it, from the caller and the units' changes.
 */
public record CommuneScope(Set<String> communes) {

    public boolean covers(String commune) {
        return communes == null || communes.contains(commune);
    }

    /** As a SQL array parameter, for {@code (?::text[] IS NULL OR commune_code = ANY (?::text[]))}. */
    public String[] sqlArray() {
        return communes == null ? null : communes.toArray(String[]::new);
    }
}
