package vn.householdledger.standalone.lookup;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.householdledger.standalone.Problems.assertRuleViolation;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.householdledger.standalone.LedgerApplication;
import vn.householdledger.testing.LedgerApi;

/**
 * Lookups lost while the service was down (a database restored from the event store alone) are
 * rebuilt when it starts, before it takes a request.
 */
@ExtendWith(OutputCaptureExtension.class)
class LookupsAtStartUpTest {

    @TempDir
    Path dataDir;

    @Test
    void emptyLookupsBesideAStoreThatIsNotAreRebuiltAtStartUp(CapturedOutput output) {
        Map<String, Object> registration = Map.of("code", "HL-START-1", "communeCode", "HA_LAN", "village", "Thôn Đông",
                "address", "Số 12, thôn Đông", "registeredOn", "2016-03-01", "members", List.of(Map.of(
                        "fullName", "Nguyễn Văn Hùng", "sex", "MALE", "birthDate", "1968-04-12", "relation", "HEAD",
                        "nationalId", "038068004321")));
        Map<String, List<String>> before;
        try (ConfigurableApplicationContext first = start()) {
            LedgerApi api = api(first);
            assertThat(api.as("admin").post("/api/communes",
                    Map.of("code", "HA_LAN", "name", "Xã Hà Lan", "kind", "COMMUNE", "area", "RURAL")).status()).isEqualTo(201);
            assertThat(api.as("worker").post("/api/households", registration).status()).isEqualTo(201);
            assertThat(api.as("worker").post("/api/reviews", Map.of("communeCode", "HA_LAN", "year", 2025, "kind", "AD_HOC",
                    "openedOn", "2025-06-16")).status()).isEqualTo(201);
            assertThat(api.as("admin").post("/api/provinces", Map.of("code", "THANH_HOA", "name", "Tỉnh Thanh Hóa")).status())
                    .isEqualTo(201);
            assertThat(api.as("admin").post("/api/communes", Map.of("code", "BAC_SON", "name", "Phường Bắc Sơn", "kind", "WARD",
                    "area", "URBAN", "provinceCode", "THANH_HOA")).status()).isEqualTo(201);
            assertThat(api.as("admin").post("/api/units/changes", Map.of("kind", "SPLIT", "effectiveOn", "2025-07-01",
                    "reference", "1686/NQ-UBTVQH15", "from", List.of("HA_LAN"), "into", "BAC_SON", "villages", List.of("Thôn Tây")))
                    .status()).isEqualTo(201);
            assertThat(api.as("admin").post("/api/units/changes", Map.of("kind", "RECLASSIFY", "effectiveOn", "2025-07-01",
                    "reference", "1686/NQ-UBTVQH15", "from", List.of("HA_LAN"), "provinceCode", "THANH_HOA")).status()).isEqualTo(201);
            JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
            before = LookupRows.of(jdbc);
            LookupRows.deleteAll(jdbc);
        }
        assertThat(before.values()).allSatisfy(rows -> assertThat(rows).isNotEmpty());

        try (ConfigurableApplicationContext second = start()) {
            assertThat(output.getOut()).contains("The lookups are empty but the event store is not");
            assertThat(LookupRows.of(second.getBean(JdbcTemplate.class))).isEqualTo(before);
            assertRuleViolation(api(second).as("worker").post("/api/households", registration), "DUPLICATE_CODE");
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(LedgerApplication.class).run(
                "--server.port=0",
                "--ledger.data-dir=" + dataDir,
                "--ledger.security.users[0].username=admin", "--ledger.security.users[0].password={noop}admin",
                "--ledger.security.users[0].roles=ADMIN",
                "--ledger.security.users[1].username=worker", "--ledger.security.users[1].password={noop}worker",
                "--ledger.security.users[1].roles=WORKER", "--ledger.security.users[1].communes=HA_LAN");
    }

    private static LedgerApi api(ConfigurableApplicationContext context) {
        return new LedgerApi("http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort());
    }
}
