package vn.householdledger.standalone;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.ssl.pem.PemContent;

/**
 * Access tokens the tests sign themselves with the service's signing key (the test profile configures a
 * known one): a caller with whatever roles and communes a test needs, e.g. a worker and a chair of a
 * commune of its own.
 */
public final class Tokens {

    private Tokens() {
    }

    /** A token of the service on {@code port} for {@code account}, valid for the next ten minutes. */
    public static String of(int port, String account, List<String> roles, List<String> communes) {
        try {
            return sign(ourKey(), claims("http://localhost:" + port, account, roles, communes, Instant.now().plusSeconds(600)));
        } catch (IOException | JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An account's claims as the authorization server writes them, expiring at {@code expires}. */
    public static JWTClaimsSet claims(String issuer, String account, List<String> roles, List<String> communes, Instant expires) {
        return new JWTClaimsSet.Builder().issuer(issuer).subject(account).claim("preferred_username", account)
                .claim("roles", roles).claim("communes", communes).jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(expires.minusSeconds(900))).notBeforeTime(Date.from(expires.minusSeconds(900)))
                .expirationTime(Date.from(expires)).build();
    }

    public static String sign(RSAKey key, JWTClaimsSet claims) throws JOSEException {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    /** The service's signing key, which the test profile configures. */
    public static RSAKey ourKey() throws IOException, JOSEException {
        try (InputStream pem = Tokens.class.getResourceAsStream("/auth/signing-key.pem")) {
            RSAPrivateCrtKey key = (RSAPrivateCrtKey) PemContent.load(pem).getPrivateKey();
            RSAPublicKey publicKey = (RSAPublicKey) KeyFactory.getInstance("RSA")
                    .generatePublic(new RSAPublicKeySpec(key.getModulus(), key.getPublicExponent()));
            return new RSAKey.Builder(publicKey).privateKey(key).keyIDFromThumbprint().build();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
