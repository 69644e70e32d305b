package vn.householdledger.standalone.web;

import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import vn.householdledger.platform.security.Caller;
import vn.householdledger.platform.security.LedgerPrincipal;
import vn.householdledger.platform.security.TokenClaims;

/**
 * Who signed in on the pages: the ID token's and user info's claims read, as for a bearer token on
 * the API, into the account, its roles (the pages' authorities) and its communes.
 */
final class SignedInPeople implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService oidc = new OidcUserService();
    private final TokenClaims claims;

    SignedInPeople(TokenClaims claims) {
        this.claims = claims;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser user = oidc.loadUser(request);
        Caller caller = claims.callerOf(user.getClaims());
        String name = user.getClaims().containsKey(claims.usernameClaim()) ? claims.usernameClaim() : "sub";
        return new Person(user, caller, name);
    }

    /** An OpenID Connect user that the ledger knows as a {@link Caller}. */
    static final class Person extends DefaultOidcUser implements LedgerPrincipal {

        private final Caller caller;

        Person(OidcUser user, Caller caller, String nameClaim) {
            super(authorities(caller), user.getIdToken(), user.getUserInfo(), nameClaim);
            this.caller = caller;
        }

        @Override
        public Caller caller() {
            return caller;
        }

        private static Collection<GrantedAuthority> authorities(Caller caller) {
            return caller.roles().stream().map(r -> (GrantedAuthority) new SimpleGrantedAuthority(r.authority())).toList();
        }
    }
}
