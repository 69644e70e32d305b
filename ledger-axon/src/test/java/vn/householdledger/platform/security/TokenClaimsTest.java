package vn.householdledger.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.householdledger.api.security.ClaimNames;
import vn.householdledger.api.security.Role;

/** A bearer token's caller, read from its claims by the configured names. */
class TokenClaimsTest {

    private final TokenClaims claims = new TokenClaims(ClaimNames.LEDGER);

    @Test
    void ourTokensNameTheAccountItsRolesAndItsCommunes() {
        Caller caller = claims.callerOf(Map.of("sub", "worker", "preferred_username", "worker",
                "roles", List.of("WORKER"), "communes", List.of("HA_LAN", "BAC_SON")));
        assertThat(caller).isEqualTo(new Caller("worker", Set.of(Role.WORKER), Set.of("HA_LAN", "BAC_SON")));
    }

    @Test
    void anotherIssuersClaimsAreReadByTheConfiguredNamesAndItsOwnRolesIgnored() {
        TokenClaims keycloak = new TokenClaims(new ClaimNames("email", "realm_access.roles", "ledger.communes", null));
        Caller caller = keycloak.callerOf(Map.of("sub", "f81d4fae", "email", "lan@halan.gov.vn",
                "realm_access", Map.of("roles", List.of("offline_access", "worker", "default-roles-thanhhoa")),
                "ledger", Map.of("communes", "HA_LAN, BAC_SON")));
        assertThat(caller).isEqualTo(new Caller("lan@halan.gov.vn", Set.of(Role.WORKER), Set.of("HA_LAN", "BAC_SON")));
    }

    @Test
    void aTokenWithoutTheClaimsIsItsSubjectWithNoRights() {
        Caller caller = claims.callerOf(Map.of("sub", "machine"));
        assertThat(caller).isEqualTo(new Caller("machine", Set.of(), Set.of()));
        assertThat(caller.mayRead("HA_LAN")).isFalse();
    }

    @Test
    void ourTokensNameTheAccountsProvinces() {
        Caller caller = claims.callerOf(Map.of("preferred_username", "tinh", "roles", List.of("WORKER"),
                "communes", List.of(), "provinces", List.of("THANH_HOA")));
        assertThat(caller).isEqualTo(new Caller("tinh", Set.of(Role.WORKER), Set.of(), Set.of("THANH_HOA")));
    }
}
