package vn.householdledger.platform.postgres;

import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Each side migrates the schemas it owns with its own Flyway history (kept in its first schema),
 * so the two applications never touch each other's tables. Axon's processing tables come from
 * the shared {@code db/processing} location, placed in the side's own schema, and so does the table of
 * failed sign-ins ({@code db/sign_in}), which the authorization server alone migrates too.
 */
public final class SideMigrations {

    /** Where the table of failed sign-ins is created, in the schema of any process that signs people in. */
    public static final String SIGN_IN = "classpath:db/sign_in";

    private SideMigrations() {
    }

    /** The authorization server alone: the table of failed sign-ins only, in {@code schema}, its Flyway history beside it. */
    public static Flyway signInOnly(DataSource dataSource, String schema) {
        return Flyway.configure()
                .dataSource(dataSource)
                .schemas(schema)
                .table("flyway_schema_history")
                .locations(SIGN_IN)
                .placeholders(Map.of("processing_schema", schema))
                .load();
    }

    /** A Flyway for {@code side} (also its schema name and its {@code db/} location) and the other schemas it owns. */
    public static Flyway flyway(DataSource dataSource, String side, String... otherSchemas) {
        String[] schemas = new String[otherSchemas.length + 1];
        schemas[0] = side;
        System.arraycopy(otherSchemas, 0, schemas, 1, otherSchemas.length);
        return Flyway.configure()
                .dataSource(dataSource)
                .schemas(schemas)
                .table("flyway_schema_history")
                .locations("classpath:db/processing", SIGN_IN, "classpath:db/" + side)
                .placeholders(Map.of("processing_schema", side))
                .load();
    }
}
