package vn.householdledger.web;

import java.util.Collection;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import vn.householdledger.api.security.ClaimNames;
import vn.householdledger.api.security.Role;

/**
 * Who signed in on the pages: the ID token's and user info's claims read, as the API reads a bearer
 * token's, into the account, its roles (the pages' authorities) and its communes.
 */
final class SignedInPeople implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService oidc = new OidcUserService();
    private final ClaimNames claims;

    SignedInPeople(ClaimNames claims) {
        this.claims = claims;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser user = oidc.loadUser(request);
        String nameClaim = user.getClaims().containsKey(claims.usernameClaim()) ? claims.usernameClaim() : "sub";
        return new Person(user, claims.rolesOf(user.getClaims()), claims.communesOf(user.getClaims()), nameClaim);
    }

    /** A signed-in person: her roles as authorities, and the communes she works for. */
    static final class Person extends DefaultOidcUser {

        private final Set<String> communes;

        Person(OidcUser user, Set<Role> roles, Set<String> communes, String nameClaim) {
            super(authorities(roles), user.getIdToken(), user.getUserInfo(), nameClaim);
            this.communes = Set.copyOf(communes);
        }

        Set<String> communes() {
            return communes;
        }

        private static Collection<GrantedAuthority> authorities(Set<Role> roles) {
            return roles.stream().map(r -> (GrantedAuthority) new SimpleGrantedAuthority(r.authority())).toList();
        }
    }
}
