package vn.householdledger.web;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import vn.householdledger.api.security.Role;

/**
 * The person signed in to the pages, as her identity token says: her roles and, for a worker, her
 * communes. The pages use it to offer what she may do; the API decides again on every call.
 */
public record SignedIn(String username, Set<Role> roles, Set<String> communes) {

    /** The identity token's claim listing a worker's communes. */
    public static final String COMMUNES_CLAIM = "communes";

    public static SignedIn current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated()) {
            return new SignedIn(null, Set.of(), Set.of());
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (has(auth.getAuthorities(), role.authority())) {
                roles.add(role);
            }
        }
        List<String> communes = auth.getPrincipal() instanceof OidcUser user ? user.getClaimAsStringList(COMMUNES_CLAIM) : null;
        return new SignedIn(auth.getName(), roles, communes == null ? Set.of() : Set.copyOf(communes));
    }

    public boolean is(Role role) {
        return roles.contains(role);
    }

    /** Whether she records for this commune: a worker of it. */
    public boolean recordsFor(String communeCode) {
        return is(Role.WORKER) && communes.contains(communeCode);
    }

    /** Whether she reads this commune's households: a worker of it, or anyone who reads the whole district. */
    public boolean reads(String communeCode) {
        boolean district = is(Role.AUDITOR) || is(Role.COMMITTEE) || is(Role.ADMIN);
        return district || communes.contains(communeCode);
    }

    private static boolean has(Collection<? extends GrantedAuthority> authorities, String authority) {
        return authorities.stream().anyMatch(a -> authority.equals(a.getAuthority()));
    }
}
