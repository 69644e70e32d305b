package vn.householdledger.platform.security;

import java.util.Set;
import org.springframework.security.core.userdetails.User;
import vn.householdledger.api.security.Role;

/**
 * A configured account: its roles and, for a worker or a chair, the communes and provinces assigned to it; an account
 * of a province reads its units.
 */
public class LedgerAccount extends User implements LedgerPrincipal {

    private final Set<Role> roles;
    private final Set<String> communes;
    private final Set<String> provinces;

    public LedgerAccount(String username, String password, Set<Role> roles, Set<String> communes, Set<String> provinces) {
        super(username, password, CallerAuthentication.authorities(new Caller(username, roles, communes, provinces)));
        this.roles = Set.copyOf(roles);
        this.communes = Set.copyOf(communes);
        this.provinces = Set.copyOf(provinces);
    }

    public Set<Role> roles() {
        return roles;
    }

    public Set<String> communes() {
        return communes;
    }

    public Set<String> provinces() {
        return provinces;
    }

    @Override
    public Caller caller() {
        return new Caller(getUsername(), roles, communes, provinces);
    }

    /** A copy without the password, as Spring keeps in the security context. */
    @Override
    public void eraseCredentials() {
        super.eraseCredentials();
    }
}
