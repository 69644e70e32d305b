package vn.householdledger.platform.security;

import java.util.Collection;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * An authenticated {@link Caller}: the holder of a verified bearer token (the token is kept as the
 * credentials) or a system job (no credentials). Its authorities are the caller's roles.
 */
public class CallerAuthentication extends AbstractAuthenticationToken {

    private final Caller caller;
    private final transient Object token;

    public CallerAuthentication(Caller caller, Object token) {
        super(authorities(caller));
        this.caller = caller;
        this.token = token;
        setAuthenticated(true);
    }

    @Override
    public Caller getPrincipal() {
        return caller;
    }

    @Override
    public Object getCredentials() {
        return token;
    }

    @Override
    public String getName() {
        return caller.username();
    }

    static Collection<GrantedAuthority> authorities(Caller caller) {
        return caller.roles().stream().map(r -> (GrantedAuthority) new SimpleGrantedAuthority(r.authority())).toList();
    }
}
