package vn.householdledger.platform.security;

import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.householdledger.api.security.Role;
import vn.householdledger.platform.problem.Forbidden;

/**
 * Who is asking, and the one place that decides whether a commune is within the caller's scope:
 * a worker sees only her communes; auditors, the committee and admins see the whole district.
 */
public record Caller(String username, Set<Role> roles, Set<String> communes) {

    /** The account behind the current request, or the system itself outside any request. */
    public static Caller current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof LedgerAccount account) {
            return new Caller(account.getUsername(), account.roles(), account.communes());
        }
        if (auth != null && auth.isAuthenticated()) {
            return new Caller(auth.getName(), Set.of(), Set.of());
        }
        return new Caller("system", Set.of(Role.ADMIN), Set.of());
    }

    public boolean is(Role role) {
        return roles.contains(role);
    }

    /** Whether reads are limited to the caller's own communes. */
    public boolean limitedToOwnCommunes() {
        return is(Role.WORKER) && !is(Role.AUDITOR) && !is(Role.COMMITTEE) && !is(Role.ADMIN);
    }

    public boolean mayRead(String communeCode) {
        return !limitedToOwnCommunes() || communes.contains(communeCode);
    }

    public void requireRead(String communeCode) {
        if (!mayRead(communeCode)) {
            throw new Forbidden("The account '" + username + "' is not assigned to commune " + communeCode);
        }
    }

    /** Households are written only by workers, and only in their communes. */
    public void requireWrite(String communeCode) {
        if (!is(Role.WORKER) || !communes.contains(communeCode)) {
            throw new Forbidden("The account '" + username + "' may not record for commune " + communeCode);
        }
    }
}
