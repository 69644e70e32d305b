package vn.householdledger.platform.security;

import java.io.Serializable;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.householdledger.api.security.Role;
import vn.householdledger.platform.problem.Forbidden;

/**
 * Who is asking, and the one place that decides whether a commune is within the caller's scope:
 * a worker and a chair see only their communes (and write for the units of their provinces, as the
 * side resolves a unit's province on the day); auditors, the committee and admins see the whole district.
 * Authorisation fails closed: without a signed-in principal, or outside a request, the caller is
 * {@link #NOBODY}, who may read and write nothing. Work that runs on no request (the demo loader,
 * scheduled repairs) says who it is with {@link #asSystem}.
 */
public record Caller(String username, Set<Role> roles, Set<String> communes, Set<String> provinces)
        implements LedgerPrincipal, Serializable {

    /** No account at all: no role, no commune. */
    public static final Caller NOBODY = new Caller("nobody", Set.of(), Set.of());

    public Caller {
        roles = Set.copyOf(roles);
        communes = Set.copyOf(communes);
        provinces = Set.copyOf(provinces);
    }

    /** An account scoped to units only, or to none. */
    public Caller(String username, Set<Role> roles, Set<String> communes) {
        this(username, roles, communes, Set.of());
    }

    /** What a job run by the system itself, not by a person, is allowed. */
    @FunctionalInterface
    public interface Job<T, E extends Exception> {
        T run() throws E;
    }

    /**
     * The principal of the current thread's authentication: an account signed in with HTTP Basic, a
     * bearer token's or the pages' signed-in person, or a system job; else {@link #NOBODY}.
     */
    public static Caller current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated() && auth.getPrincipal() instanceof LedgerPrincipal principal) {
            return principal.caller();
        }
        return NOBODY;
    }

    /**
     * Runs {@code job} on this thread as the system job {@code name}, with exactly {@code roles} and
     * {@code communes}; what it records names it ({@code recordedBy}). The thread's own identity is
     * put back afterwards.
     */
    public static <T, E extends Exception> T asSystem(String name, Set<Role> roles, Set<String> communes, Job<T, E> job)
            throws E {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext system = SecurityContextHolder.createEmptyContext();
        system.setAuthentication(new CallerAuthentication(new Caller(name, roles, communes), null));
        SecurityContextHolder.setContext(system);
        try {
            return job.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    @Override
    public Caller caller() {
        return this;
    }

    public boolean is(Role role) {
        return roles.contains(role);
    }

    /** Whether reads are limited to the caller's own communes: all but auditors, the committee and admins. */
    public boolean limitedToOwnCommunes() {
        return !is(Role.AUDITOR) && !is(Role.COMMITTEE) && !is(Role.ADMIN);
    }

    public boolean mayRead(String communeCode) {
        return !limitedToOwnCommunes() || communes.contains(communeCode);
    }

    /** Refuses a caller without {@code role}. */
    public void require(Role role) {
        if (!is(role)) {
            throw new Forbidden("forbidden.role", username, role);
        }
    }

    public void requireRead(String communeCode) {
        if (!mayRead(communeCode)) {
            throw new Forbidden("forbidden.read", username, communeCode);
        }
    }

    /** Households are written only by workers, and only in their communes. */
    public void requireWrite(String communeCode) {
        requireWriteIn(communeCode, null);
    }

    /**
     * Households are written only by workers of the unit {@code unitCode}, or of its province
     * {@code provinceCode} (null: none): the unit and province the side resolved for the day.
     */
    public void requireWriteIn(String unitCode, String provinceCode) {
        if (!is(Role.WORKER) || !holds(unitCode, provinceCode)) {
            throw new Forbidden("forbidden.write", username, unitCode);
        }
    }

    /** A review is decided only by a chair of its commune's people's committee, never by a worker. */
    public void requireChairOf(String communeCode) {
        requireChairIn(communeCode, null);
    }

    /** As {@link #requireChairOf}, for the unit (and its province) the side resolved for the day. */
    public void requireChairIn(String unitCode, String provinceCode) {
        if (!is(Role.CHAIR) || !holds(unitCode, provinceCode)) {
            throw new Forbidden("forbidden.chair", username, unitCode);
        }
    }

    /** Whether the account is assigned the unit, or the province it belongs to. */
    private boolean holds(String unitCode, String provinceCode) {
        return communes.contains(unitCode) || provinceCode != null && provinces.contains(provinceCode);
    }
}
