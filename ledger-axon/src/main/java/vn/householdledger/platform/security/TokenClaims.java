package vn.householdledger.platform.security;

import java.util.Map;
import java.util.Objects;
import vn.householdledger.api.security.ClaimNames;

/** Reads the caller from a token's claims, by the names {@code ledger.security.jwt.*} gives ({@link ClaimNames}). */
public class TokenClaims {

    private final ClaimNames names;

    public TokenClaims(ClaimNames names) {
        this.names = names;
    }

    public String usernameClaim() {
        return names.usernameClaim();
    }

    public Caller callerOf(Map<String, Object> claims) {
        return new Caller(Objects.requireNonNullElse(names.usernameOf(claims), Caller.NOBODY.username()),
                names.rolesOf(claims), names.communesOf(claims), names.provincesOf(claims));
    }
}
