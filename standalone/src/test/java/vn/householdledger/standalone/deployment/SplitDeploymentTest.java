package vn.householdledger.standalone.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.householdledger.command.CommandSideApplication;
import vn.householdledger.query.QuerySideApplication;
import vn.householdledger.testing.Eventually;
import vn.householdledger.testing.LedgerApi;

/**
 * The split deployment of docker-compose.yml without Docker: one PostgreSQL prepared by
 * deploy/postgres/init.sql, the command side connected as {@code ledger_command} and the query side
 * as {@code ledger_query}, which may only read the event store. A registration written through the
 * command side reaches the query side.
 */
class SplitDeploymentTest {

    private static final Path INIT_SQL = Path.of("..", "deploy", "postgres", "init.sql");
    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void startPostgres() throws IOException, SQLException {
        postgres = EmbeddedPostgres.builder().start();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute(Files.readString(INIT_SQL));
        }
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        postgres.close();
    }

    @Test
    void aRegistrationOnTheCommandSideReachesTheQuerySide() throws InterruptedException {
        try (ConfigurableApplicationContext commandSide = start(CommandSideApplication.class, "ledger_command", "command-secret",
                "command_side");
             ConfigurableApplicationContext querySide = start(QuerySideApplication.class, "ledger_query", "query-secret",
                     "query_side")) {
            LedgerApi writes = api(commandSide);
            LedgerApi reads = api(querySide);

            assertThat(writes.as("admin").post("/api/communes",
                    Map.of("code", "HA_LAN", "name", "Xã Hà Lan", "kind", "COMMUNE", "area", "RURAL")).status()).isEqualTo(201);
            LedgerApi.Response registered = writes.as("worker").post("/api/households", Map.of("code", "HL-0001",
                    "communeCode", "HA_LAN", "village", "Thôn Đông", "address", "Số 12, thôn Đông", "members", List.of(Map.of(
                            "fullName", "Nguyễn Văn Hùng", "sex", "MALE", "birthDate", "1968-04-12", "relation", "HEAD"))));
            assertThat(registered.status()).as("%s", registered).isEqualTo(201);
            String id = registered.json().get("householdId").asText();

            JsonNode view = readOnceCaughtUp(reads.as("worker").consistent(), "/api/households/" + id);
            assertThat(view.get("code").asText()).isEqualTo("HL-0001");
            assertThat(view.get("headName").asText()).isEqualTo("Nguyễn Văn Hùng");

            LedgerApi.Response atPosition = reads.as("worker").header("X-Event-Position", String.valueOf(registered.position()))
                    .get("/api/households/" + id);
            assertThat(atPosition.status()).isEqualTo(200);
            JsonNode history = reads.as("worker").get("/api/households/" + id + "/history").json().get("events");
            assertThat(history.findValuesAsText("type")).containsExactly("HouseholdRegistered");
            assertThat(history.get(0).get("recordedBy").asText()).isEqualTo("worker");
            assertThat(reads.as("worker").consistent().get("/api/communes").json().get("items").findValuesAsText("code"))
                    .containsExactly("HA_LAN");
        }
    }

    @Test
    void theQuerySideRoleMayOnlyReadTheEventStore() {
        JdbcTemplate superuser = new JdbcTemplate(postgres.getPostgresDatabase());
        try (ConfigurableApplicationContext commandSide = start(CommandSideApplication.class, "ledger_command", "command-secret",
                "command_side")) {
            for (String table : List.of("event_store.domain_event_entry", "event_store.snapshot_event_entry")) {
                assertThat(privilege(superuser, "ledger_query", table, "SELECT")).as("SELECT on %s", table).isTrue();
                for (String write : List.of("INSERT", "UPDATE", "DELETE", "TRUNCATE")) {
                    assertThat(privilege(superuser, "ledger_query", table, write)).as("%s on %s", write, table).isFalse();
                }
            }
            assertThat(superuser.queryForObject("SELECT has_schema_privilege('ledger_command', 'query_side', 'USAGE')", Boolean.class))
                    .as("the command side's role in the query side's schema").isFalse();
        }
    }

    /** Waits while the query side has not yet started its projections or read the newest events (503). */
    private static JsonNode readOnceCaughtUp(LedgerApi.Request request, String path) {
        LedgerApi.Response[] response = {request.get(path)};
        Eventually.until(() -> response[0].status() != 503 || (response[0] = request.get(path)).status() != 503);
        assertThat(response[0].status()).as("%s", response[0]).isEqualTo(200);
        return response[0].json();
    }

    private static boolean privilege(JdbcTemplate jdbc, String role, String table, String privilege) {
        return jdbc.queryForObject("SELECT has_table_privilege(?, ?, ?)", Boolean.class, role, table, privilege);
    }

    /** One side as its own application over the shared database, configured as docker-compose.yml does. */
    private static ConfigurableApplicationContext start(Class<?> side, String role, String password, String processingSchema) {
        return new SpringApplicationBuilder(side).run(
                "--server.port=0",
                "--spring.application.name=" + processingSchema.replace('_', '-'),
                "--spring.datasource.url=" + postgres.getJdbcUrl(role, "postgres").replaceFirst("\\?.*", ""),
                "--spring.datasource.username=" + role,
                "--spring.datasource.password=" + password,
                "--ledger.erasure.master-key=7f1GxsON3CKPoA6RcqKcnBj1tZFVnkYu2TE974W+/Fc=",
                "--ledger.axon.processing-schema=" + processingSchema,
                "--ledger.security.users[0].username=admin", "--ledger.security.users[0].password={noop}admin",
                "--ledger.security.users[0].roles=ADMIN",
                "--ledger.security.users[1].username=worker", "--ledger.security.users[1].password={noop}worker",
                "--ledger.security.users[1].roles=WORKER", "--ledger.security.users[1].communes=HA_LAN");
    }

    private static LedgerApi api(ConfigurableApplicationContext context) {
        return new LedgerApi("http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort());
    }
}
