package vn.householdledger.standalone.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static vn.householdledger.standalone.Problems.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.householdledger.standalone.ApiTest;
import vn.householdledger.testing.LedgerApi;

/**
 * Operations: the health check is open; metrics and the OpenAPI document are for admins only, and each
 * passes its own lint: Prometheus's {@code promtool} (Debian's {@code prometheus}) and Redocly's CLI
 * (installed by {@code .ci/run} at the version it pins). Each lint is skipped where its tool is missing.
 */
class OperationsApiTest extends ApiTest {

    private static final Path PROMTOOL = Path.of("/usr/bin/promtool");
    private static final Path REDOCLY = Path.of("..", ".ci", "tools", "node_modules", ".bin", "redocly");
    private static final Pattern FAILED_LOGINS = Pattern.compile("(?m)^ledger_security_failed_logins_total\\{[^}]*} (\\S+)$");

    @Test
    void theHealthCheckIsOpenToAnyone() {
        LedgerApi.Response health = api.anonymous().get("/actuator/health");

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asText()).isEqualTo("UP");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/actuator/prometheus", "/v3/api-docs"})
    void metricsAndTheApiDocumentAreForAdminsOnly(String path) {
        assertProblem(api.anonymous().get(path), 401);
        for (String account : new String[] {"auditor", "committee", "worker", "other"}) {
            assertProblem(api.as(account).get(path), 403);
        }
        assertThat(api.as("admin").get(path).status()).isEqualTo(200);
    }

    @Test
    void theApiDocumentDescribesTheEndpoints() {
        LedgerApi.Response document = api.as("admin").get("/v3/api-docs");

        assertThat(document.json().get("openapi").asText()).startsWith("3.");
        assertThat(document.json().get("paths").has("/api/households")).isTrue();
        assertThat(document.json().get("paths").has("/api/households/{householdId}/history")).isTrue();
        assertThat(document.json().get("paths").has("/api/communes/{code}/years/{year}")).isTrue();
    }

    @Test
    void theApiDocumentNamesItsSignInAndEveryRefusal() {
        JsonNode document = api.as("admin").get("/v3/api-docs").json();

        assertThat(document.at("/info/title").asText()).isEqualTo("Household Ledger API");
        assertThat(document.at("/info/version").asText()).as("the project's version").matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
        assertThat(document.at("/components/securitySchemes/basic/scheme").asText()).isEqualTo("basic");
        assertThat(document.at("/components/securitySchemes/bearer/bearerFormat").asText()).isEqualTo("JWT");
        assertThat(document.at("/components/responses/InvalidInput/content/application~1problem+json/schema/$ref").asText())
                .isEqualTo("#/components/schemas/Problem");
        assertThat(document.at("/components/schemas/Problem/properties").fieldNames())
                .toIterable().contains("type", "title", "status", "detail", "code", "errors");
        assertThat(document.at("/paths/~1api~1households~1{householdId}~1loans/post/responses").fieldNames())
                .toIterable().contains("400", "401", "403", "404", "409", "422");
        assertThat(document.at("/paths/~1api~1poverty-list/get/responses").fieldNames())
                .toIterable().contains("400", "401", "403", "503").doesNotContain("404", "409", "422");
    }

    @Test
    void theApiDocumentPassesRedoclysRecommendedRules(@TempDir Path dir) throws IOException {
        assumeTrue(Files.isExecutable(REDOCLY), "Redocly's CLI is not installed at " + REDOCLY + " (.ci/run installs it)");
        Path document = Files.writeString(dir.resolve("openapi.json"), api.as("admin").get("/v3/api-docs").body());

        Lint lint = Lint.run(document, List.of(REDOCLY.toString(), "lint", "--extends=recommended", "--format=stylish",
                document.toString()));

        assertThat(lint.exit()).as(lint.output()).isZero();
    }

    @Test
    void prometheusShowsAxonsCommandMetrics() {
        registerHousehold(HA_LAN);

        String metrics = api.as("admin").get("/actuator/prometheus").body();

        assertThat(metrics).containsPattern("(?m)^axon_command_bus_success_seconds_count\\{[^}]*"
                + "payload_type=\"RegisterHousehold\"[^}]*} [1-9]");
    }

    @Test
    void prometheusTimesEachProjectionByPayloadType() {
        registerHousehold(HA_LAN);
        assertThat(api.as("admin").consistent().get("/api/communes").status()).isEqualTo(200);

        String metrics = api.as("admin").get("/actuator/prometheus").body();

        assertThat(metrics).containsPattern("(?m)^ledger_event_processor_handling_seconds_count\\{[^}]*outcome=\"success\""
                + "[^}]*payload_type=\"HouseholdRegistered\"[^}]*processor=\"household-view\"[^}]*} [1-9]");
        assertThat(metrics).containsPattern("(?m)^ledger_event_processor_ignored_total\\{[^}]*payload_type=\"HouseholdRegistered\""
                + "[^}]*processor=\"targets\"");
    }

    @Test
    void theMetricsPassPrometheusLint(@TempDir Path dir) throws IOException {
        assumeTrue(Files.isExecutable(PROMTOOL), "promtool is not installed (apt-get install prometheus)");
        registerHousehold(HA_LAN);
        assertThat(api.as("admin").consistent().get("/api/communes").status()).isEqualTo(200);
        assertThat(api.as("worker", "not-her-password").get("/api/communes").status()).isEqualTo(401);
        Path metrics = Files.writeString(dir.resolve("metrics.txt"), api.as("admin").get("/actuator/prometheus").body());

        Lint lint = Lint.run(metrics, List.of(PROMTOOL.toString(), "check", "metrics"));

        assertThat(lint.output()).isEmpty();
        assertThat(lint.exit()).isZero();
    }

    @Test
    void prometheusCountsRefusedLogins() {
        double before = failedLogins();

        assertThat(api.as("worker", "not-her-password").get("/api/communes").status()).isEqualTo(401);
        assertThat(api.as("nobody", "nobody").get("/api/communes").status()).isEqualTo(401);

        assertThat(failedLogins()).isEqualTo(before + 2);
    }

    private double failedLogins() {
        String metrics = api.as("admin").get("/actuator/prometheus").body();
        Matcher matcher = FAILED_LOGINS.matcher(metrics);
        return matcher.find() ? Double.parseDouble(matcher.group(1)) : 0;
    }
}
