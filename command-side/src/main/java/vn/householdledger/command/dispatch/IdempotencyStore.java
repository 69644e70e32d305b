package vn.householdledger.command.dispatch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.householdledger.platform.erasure.PersonalFields;

/** The first answer to each account's {@code Idempotency-Key}, kept in PostgreSQL across restarts. */
@Repository
public class IdempotencyStore {

    /** What the first request with a key did: its hash, its command and its command's result, as JSON. */
    public record Entry(String requestHash, String commandType, String command, String resultType, String result) {
    }

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    public IdempotencyStore(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
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

    /**
     * Erases the personal data of the commands kept for the household's keys (a registration, a member
     * joining): a retry still gets its first answer, which names ids only.
     */
    public void erase(UUID householdId) {
        List<String[]> kept = jdbc.query("""
                        SELECT account, idem_key, command FROM command_side.idempotency_record
                         WHERE command::jsonb ->> 'householdId' = ?""",
                (rs, i) -> new String[]{rs.getString(1), rs.getString(2), rs.getString(3)}, householdId.toString());
        for (String[] record : kept) {
            try {
                JsonNode command = json.readTree(record[2]);
                PersonalFields.erase(command);
                jdbc.update("UPDATE command_side.idempotency_record SET command = ? WHERE account = ? AND idem_key = ?",
                        json.writeValueAsString(command), record[0], record[1]);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("A kept command is not JSON", e);
            }
        }
    }
}
