package vn.householdledger.standalone.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.householdledger.standalone.ApiTest;

/** A script's Basic credential is checked against its hash once, then known for a while (VerifiedCredentials). */
class VerifiedCredentialsApiTest extends ApiTest {

    @Test
    void repeatedBasicRequestsOfOneAccountAreVerifiedOnce() {
        api.as("worker").get("/api/communes");
        double hits = hits();

        for (int i = 0; i < 3; i++) {
            assertThat(api.as("worker").get("/api/communes").status()).isEqualTo(200);
        }

        assertThat(hits()).isGreaterThanOrEqualTo(hits + 3);
    }

    private double hits() {
        return api.as("admin").get("/actuator/prometheus").body().lines()
                .filter(line -> line.startsWith("cache_gets_total{") && line.contains("cache=\"verified-basic-credentials\"")
                        && line.contains("result=\"hit\""))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }
}
