package vn.householdledger.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ssl.pem.PemContent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.util.StringUtils;

/**
 * The key pair that signs every token (RS256), from {@code ledger.auth.signing-key}; its key id is
 * the public key's thumbprint, so that it is the same after a restart. Without a configured key one
 * is generated, and tokens signed with it are refused once the process restarts. Tokens are
 * verified with the public key in this process, and only when they name this issuer: that is how
 * the API and the user-info endpoint accept them beside the authorization server, without asking it.
 */
@Configuration(proxyBeanMethods = false)
public class SigningKey {

    private static final Logger log = LoggerFactory.getLogger(SigningKey.class);

    @Bean
    public RSAKey tokenSigningKey(AuthProperties properties, ResourceLoader resources) throws JOSEException {
        if (!StringUtils.hasText(properties.signingKey())) {
            log.warn("No signing key is configured (ledger.auth.signing-key): generated one for this process; "
                    + "tokens it signs will not be accepted after a restart");
            KeyPair pair = generate();
            return new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey(pair.getPrivate())
                    .keyID(UUID.randomUUID().toString()).build();
        }
        RSAKey key = load(properties.signingKey(), resources);
        log.info("Tokens are signed with the configured key {}", key.getKeyID());
        return key;
    }

    @Bean
    public JWKSource<SecurityContext> jwkSource(RSAKey tokenSigningKey) {
        return new ImmutableJWKSet<>(new JWKSet(tokenSigningKey));
    }

    @Bean
    public JwtDecoder jwtDecoder(RSAKey tokenSigningKey, AuthProperties properties) throws JOSEException {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(tokenSigningKey.toRSAPublicKey()).build();
        decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(properties.issuer()));
        return decoder;
    }

    /** An RSA private key in PEM, given as the text itself or the location of a file. */
    static RSAKey load(String pemOrLocation, ResourceLoader resources) throws JOSEException {
        try {
            PemContent pem;
            if (PemContent.isPresentInText(pemOrLocation)) {
                pem = PemContent.of(pemOrLocation);
            } else {
                try (InputStream in = resources.getResource(pemOrLocation).getInputStream()) {
                    pem = PemContent.load(in);
                }
            }
            PrivateKey key = pem.getPrivateKey();
            if (!(key instanceof RSAPrivateCrtKey rsa)) {
                throw new IllegalStateException("ledger.auth.signing-key must be an RSA private key");
            }
            RSAPublicKey publicKey = (RSAPublicKey) KeyFactory.getInstance("RSA")
                    .generatePublic(new RSAPublicKeySpec(rsa.getModulus(), rsa.getPublicExponent()));
            return new RSAKey.Builder(publicKey).privateKey(rsa).keyIDFromThumbprint().build();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read ledger.auth.signing-key", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read ledger.auth.signing-key", e);
        }
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
