package vn.householdledger.platform.security;

import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.householdledger.api.security.Role;

/**
 * Reads the caller from a token's claims, by the names {@code ledger.security.jwt.*} gives: the
 * account ({@code preferred_username}, else {@code sub}), its roles ({@code roles}: the names of
 * {@link Role}, in any case; other roles an issuer adds are ignored) and its communes
 * ({@code communes}). A claim is a list or a string of names separated by commas or spaces.
 */
public class TokenClaims {

    public static final String USERNAME = "preferred_username";
    public static final String ROLES = "roles";
    public static final String COMMUNES = "communes";
    private static final Set<String> ROLE_NAMES = Arrays.stream(Role.values()).map(Role::name).collect(Collectors.toSet());

    private final LedgerSecurityProperties.Jwt names;

    public TokenClaims(LedgerSecurityProperties.Jwt names) {
        this.names = names;
    }

    public String usernameClaim() {
        return names.usernameClaim();
    }

    public Caller callerOf(Map<String, Object> claims) {
        Object username = at(claims, names.usernameClaim());
        String account = username instanceof String s && !s.isBlank() ? s : Objects.toString(claims.get("sub"), Caller.NOBODY.username());
        Set<Role> roles = values(at(claims, names.rolesClaim())).map(r -> r.toUpperCase(Locale.ROOT))
                .filter(ROLE_NAMES::contains).map(Role::valueOf).collect(Collectors.toSet());
        Set<String> communes = values(at(claims, names.communesClaim())).collect(Collectors.toSet());
        return new Caller(account, roles, communes);
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
