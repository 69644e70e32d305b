package vn.householdledger.platform.postgres;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Each side migrates the schemas it owns with its own Flyway history (kept in its first schema),
 * so the two applications never touch each other's tables. Axon's processing tables come from
 * the shared {@code db/processing} location, placed in the side's own schema, and so does the table of
 * failed sign-ins ({@code db/sign_in}), which the authorization server alone migrates too. The authorization
 * server's own tables ({@code db/authorizations}, in its module) go wherever it runs: its own schema alone, the
 * sides' schemas in the standalone.
 */
public final class SideMigrations {

    /** Where the table of failed sign-ins is created, in the schema of any process that signs people in. */
    public static final String SIGN_IN = "classpath:db/sign_in";
    /** Where the authorization server's authorizations are created: on the class path where it is in the process. */
    public static final String AUTHORIZATIONS = "classpath:db/authorizations";

    private SideMigrations() {
    }

    /** The authorization server alone: its failed sign-ins and its authorizations, in {@code schema}, its Flyway history beside it. */
    public static Flyway authorizationServer(DataSource dataSource, String schema) {
        return Flyway.configure()
                .dataSource(dataSource)
                .schemas(schema)
                .table("flyway_schema_history")
                .locations(SIGN_IN, AUTHORIZATIONS)
                .placeholders(Map.of("processing_schema", schema))
                .load();
    }

    /** A Flyway for {@code side} (also its schema name and its {@code db/} location) and the other schemas it owns. */
    public static Flyway flyway(DataSource dataSource, String side, String... otherSchemas) {
        String[] schemas = new String[otherSchemas.length + 1];
        schemas[0] = side;
        System.arraycopy(otherSchemas, 0, schemas, 1, otherSchemas.length);
        List<String> locations = new ArrayList<>(List.of("classpath:db/processing", SIGN_IN, "classpath:db/" + side));
        // The standalone: the authorization server in the process signs in with a side's schema (its processing schema).
        if (SideMigrations.class.getClassLoader().getResource(AUTHORIZATIONS.substring("classpath:".length())) != null) {
            locations.add(AUTHORIZATIONS);
        }
        return Flyway.configure()
                .dataSource(dataSource)
                .schemas(schemas)
                .table("flyway_schema_history")
                .locations(locations.toArray(String[]::new))
                .placeholders(Map.of("processing_schema", side))
                .load();
    }
}
