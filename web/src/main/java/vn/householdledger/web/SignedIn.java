package vn.householdledger.web;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.householdledger.api.security.Role;

/**
 * The person signed in to the pages, as her identity token says ({@link SignedInPeople}): her roles
 * and, for a worker, her communes. The pages use it to offer what she may do; the API decides again
 * on every call.
 */
public record SignedIn(String username, Set<Role> roles, Set<String> communes) {

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
        Set<String> communes = auth.getPrincipal() instanceof SignedInPeople.Person person ? person.communes() : Set.of();
        return new SignedIn(auth.getName(), roles, communes);
    }

    public boolean is(Role role) {
        return roles.contains(role);
    }

    /** Whether she records for this commune: a worker of it. */
    public boolean recordsFor(String communeCode) {
        return is(Role.WORKER) && communes.contains(communeCode);
    }

    /** Whether she decides this commune's reviews: a chair of it. */
    public boolean decidesFor(String communeCode) {
        return is(Role.CHAIR) && communes.contains(communeCode);
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
