package vn.householdledger.api.security;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The claims of a token that carry the account, its roles, its communes and its provinces: the ledger's own
 * ({@link #LEDGER}), or another issuer's such as Keycloak's {@code realm_access.roles}, where a dotted
 * name reads inside an object claim. A claim is a list, or a string of names separated by commas or
 * spaces; roles are the names of {@link Role} in any case, and other roles an issuer adds are ignored.
 */
public record ClaimNames(String usernameClaim, String rolesClaim, String communesClaim, String provincesClaim) {

    /** The claims the ledger's own authorization server issues. */
    public static final ClaimNames LEDGER = new ClaimNames("preferred_username", "roles", "communes", "provinces");

    /** A name left out is the ledger's own. */
    public ClaimNames {
        usernameClaim = usernameClaim == null ? "preferred_username" : usernameClaim;
        rolesClaim = rolesClaim == null ? "roles" : rolesClaim;
        communesClaim = communesClaim == null ? "communes" : communesClaim;
        provincesClaim = provincesClaim == null ? "provinces" : provincesClaim;
    }

    /** The account: the username claim, else the subject; null when the token names neither. */
    public String usernameOf(Map<String, Object> claims) {
        Object name = at(claims, usernameClaim);
        if (name instanceof String s && !s.isBlank()) {
            return s;
        }
        return claims.get("sub") == null ? null : claims.get("sub").toString();
    }

    public Set<Role> rolesOf(Map<String, Object> claims) {
        Set<Role> found = EnumSet.noneOf(Role.class);
        values(at(claims, rolesClaim)).map(r -> r.toUpperCase(Locale.ROOT))
                .forEach(name -> Arrays.stream(Role.values()).filter(r -> r.name().equals(name)).forEach(found::add));
        return found;
    }

    public Set<String> communesOf(Map<String, Object> claims) {
        return values(at(claims, communesClaim)).collect(Collectors.toSet());
    }

    public Set<String> provincesOf(Map<String, Object> claims) {
        return values(at(claims, provincesClaim)).collect(Collectors.toSet());
    }

    private static Object at(Map<String, Object> claims, String path) {
        Object value = claims;
        for (String name : path.split("\\.")) {
            if (!(value instanceof Map<?, ?> map)) {
                return null;
            }
            value = map.get(name);
        }
        return value;
    }

    private static Stream<String> values(Object claim) {
        Stream<?> values = claim instanceof Collection<?> list ? list.stream()
                : claim instanceof String s ? Arrays.stream(s.split("[,\\s]+")) : Stream.empty();
        return values.filter(Objects::nonNull).map(Object::toString).map(String::trim).filter(v -> !v.isEmpty());
    }
}
