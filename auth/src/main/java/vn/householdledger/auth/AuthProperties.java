package vn.householdledger.auth;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code ledger.auth.*}: the issuer every token names, whatever address a request came by (default
 * {@code http://localhost:${server.port}}); the RSA private key that signs the tokens, as PEM text or
 * the location of a PEM file ({@code file:/run/secrets/ledger-auth.pem}), PKCS#8 or PKCS#1, generated
 * for the process when empty; and where a person signing in directly on {@code /login} goes next.
 */
@ConfigurationProperties("ledger.auth")
public record AuthProperties(String issuer, String signingKey, @DefaultValue("/") String afterSignIn) {
}
