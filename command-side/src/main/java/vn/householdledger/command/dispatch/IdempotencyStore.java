package vn.householdledger.command.dispatch;

import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The first answer to each account's {@code Idempotency-Key}, kept in PostgreSQL across restarts. */
@Repository
public class IdempotencyStore {

    /** What the first request with a key did: its hash, its command and its command's result, as JSON. */
    public record Entry(String requestHash, String commandType, String command, String resultType, String result) {
    }

    private final JdbcTemplate jdbc;

    public IdempotencyStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Entry> find(String account, String key) {
        return jdbc.query("""
                        SELECT request_hash, command_type, command, result_type, result
                          FROM command_side.idempotency_record WHERE account = ? AND idem_key = ?""",
                (rs, i) -> new Entry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)),
                account, key).stream().findFirst();
    }

    /** Records the first answer; false when another request with this key got there first. */
    public boolean record(String account, String key, Entry entry) {
        return jdbc.update("""
                        INSERT INTO command_side.idempotency_record
                               (account, idem_key, request_hash, command_type, command, result_type, result)
                        VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""",
                account, key, entry.requestHash(), entry.commandType(), entry.command(), entry.resultType(),
                entry.result()) == 1;
    }
}
