package vn.householdledger.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.OptionalLong;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * The failed sign-ins of the current window in PostgreSQL ({@code sign_in_attempts}, in the process's
 * schema), so that every node counts them together, on the database's one clock: one row per account
 * and per client address, its window opened by its first failure. A failure is counted in one statement, whatever
 * the nodes do at the same moment: an upsert of both rows (a row whose window has passed starts a new
 * one); then the rows whose window has passed are pruned. An account is kept as a SHA-256 digest:
 * what was typed as an account name may be a password typed in the wrong field.
 */
public class SignInAttempts {

    /** The longest address kept: an IPv6 address is at most 45 characters. */
    private static final int ADDRESS_LENGTH = 45;
    private final JdbcTemplate jdbc;
    private final String table;
    private final SignInProperties.SignIn limits;

    public SignInAttempts(JdbcTemplate jdbc, String schema, SignInProperties.SignIn limits) {
        this.jdbc = jdbc;
        this.table = schema + ".sign_in_attempts";
        this.limits = limits;
    }

    /** For how many seconds more the account or the address is refused, if either has reached its limit in its window. */
    public OptionalLong refusedFor(String account, String address) {
        Long seconds = jdbc.queryForObject("""
                SELECT ceil(extract(epoch FROM max(window_start) + make_interval(secs => ?) - now()))::bigint FROM %s
                 WHERE window_start > now() - make_interval(secs => ?)
                   AND ((subject = ? AND failures >= ?) OR (subject = ? AND failures >= ?))""".formatted(table), Long.class,
                window(), window(), accountSubject(account), limits.accountLimit(), addressSubject(address), limits.addressLimit());
        return seconds == null ? OptionalLong.empty() : OptionalLong.of(Math.max(1, seconds));
    }

    /** Counts a failure of {@code account} from {@code address}; answers the failures of each in its window. */
    public Failures failed(String account, String address) {
        String accountSubject = accountSubject(account);
        String addressSubject = addressSubject(address);
        Map<String, Integer> counts = new HashMap<>();
        jdbc.query("""
                INSERT INTO %s AS a (subject, window_start, failures) VALUES (?, now(), 1), (?, now(), 1)
                ON CONFLICT (subject) DO UPDATE
                   SET failures = CASE WHEN a.window_start > now() - make_interval(secs => ?) THEN a.failures + 1 ELSE 1 END,
                       window_start = CASE WHEN a.window_start > now() - make_interval(secs => ?) THEN a.window_start
                                           ELSE EXCLUDED.window_start END
                RETURNING subject, failures""".formatted(table), (RowCallbackHandler) row -> counts.put(row.getString(1), row.getInt(2)),
                accountSubject, addressSubject, window(), window());
        // Apart, and never waiting for a row another node holds: an upsert and a prune in one statement could deadlock.
        jdbc.update("""
                DELETE FROM %1$s WHERE subject IN (SELECT subject FROM %1$s
                 WHERE window_start <= now() - make_interval(secs => ?) FOR UPDATE SKIP LOCKED)""".formatted(table), window());
        return new Failures(counts.get(accountSubject), counts.get(addressSubject));
    }

    /** The failures of the account and of the address in their windows, the attempt just made included. */
    public record Failures(int account, int address) {
    }

    private double window() {
        return limits.window().toMillis() / 1000.0;
    }

    private static String accountSubject(String account) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(account.getBytes(StandardCharsets.UTF_8));
            return "account:" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String addressSubject(String address) {
        return "address:" + (address.length() > ADDRESS_LENGTH ? address.substring(0, ADDRESS_LENGTH) : address);
    }
}
