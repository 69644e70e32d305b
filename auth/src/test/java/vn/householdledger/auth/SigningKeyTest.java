package vn.householdledger.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.RSAKey;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.DefaultResourceLoader;

/**
 * The signing key from configuration: as PEM text or a file's location, with the same key id each
 * time; without one, a key for this process only.
 */
class SigningKeyTest {

    @Test
    void aKeyGivenAsTextOrAsALocationIsTheSameKeyWithTheSameId() throws Exception {
        String pem = Files.readString(Path.of("src/test/resources/signing-key.pem"));
        RSAKey fromText = SigningKey.load(pem, new DefaultResourceLoader());
        RSAKey fromFile = SigningKey.load("file:src/test/resources/signing-key.pem", new DefaultResourceLoader());

        assertThat(fromText.getKeyID()).isEqualTo(fromFile.getKeyID()).isEqualTo(fromText.computeThumbprint().toString());
        assertThat(fromText.toRSAPublicKey()).isEqualTo(fromFile.toRSAPublicKey());
        assertThat(fromText.isPrivate()).isTrue();
    }

    @Test
    void withoutAConfiguredKeyOneIsMadeForTheProcess() throws Exception {
        SigningKey keys = new SigningKey();
        AuthProperties none = new AuthProperties("http://localhost:9000", "", "/");
        RSAKey first = keys.tokenSigningKey(none, new DefaultResourceLoader());
        RSAKey second = keys.tokenSigningKey(none, new DefaultResourceLoader());

        assertThat(first.isPrivate()).isTrue();
        assertThat(first.size()).isEqualTo(2048);
        assertThat(first.toRSAPublicKey()).isNotEqualTo(second.toRSAPublicKey());
    }
}
