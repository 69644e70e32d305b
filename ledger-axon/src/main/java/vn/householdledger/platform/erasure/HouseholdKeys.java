package vn.householdledger.platform.erasure;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One AES-256 key per household, in {@code event_store.household_key} (in the event store's schema, so
 * it is backed up with the events and the query side may read it), wrapped by the current master key.
 * Deleting a household's key erases its personal data: nothing can decrypt it any more. Unwrapped keys
 * are kept in memory while they exist; {@link #evict} drops one that another node deleted.
 */
public class HouseholdKeys {

    private static final Logger log = LoggerFactory.getLogger(HouseholdKeys.class);

    private final JdbcTemplate jdbc;
    private final MasterKeys masters;
    private final TransactionTemplate ownTransaction;
    private final Map<UUID, SecretKey> unwrapped = new ConcurrentHashMap<>();

    public HouseholdKeys(JdbcTemplate jdbc, MasterKeys masters, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.masters = masters;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The household's key, or empty once it was erased. */
    public Optional<SecretKey> find(UUID householdId) {
        SecretKey known = unwrapped.get(householdId);
        return known != null ? Optional.of(known) : read(householdId);
    }

    /**
     * The household's key, created when it has none: committed on its own before the event that uses it,
     * so no reader ever sees a value whose key is not there yet (a key whose event was refused is unused).
     */
    public SecretKey obtain(UUID householdId) {
        return find(householdId).orElseGet(() -> {
            ownTransaction.executeWithoutResult(status -> jdbc.update("""
                    INSERT INTO event_store.household_key (household_id, master_key_id, wrapped_key)
                    VALUES (?, ?, ?) ON CONFLICT DO NOTHING""",
                    householdId, masters.currentId(), wrap(householdId, Aes.randomKey(), masters.current())));
            return read(householdId).orElseThrow();
        });
    }

    /** Deletes the household's key, in the caller's transaction: from its commit on, its personal data is erased. */
    public void delete(UUID householdId) {
        int deleted = jdbc.update("DELETE FROM event_store.household_key WHERE household_id = ?", householdId);
        unwrapped.remove(householdId);
        log.info("Household {}: its key was {}", householdId, deleted == 1 ? "deleted, its personal data erased" : "already gone");
    }

    /** Forgets an unwrapped key that was deleted elsewhere (another node erased the household). */
    public void evict(UUID householdId) {
        unwrapped.remove(householdId);
    }

    /** Re-wraps every key wrapped under a retired master key under the current one; answers how many. */
    public int rewrap() {
        List<UUID> stale = jdbc.queryForList("SELECT household_id FROM event_store.household_key WHERE master_key_id <> ?",
                UUID.class, masters.currentId());
        for (UUID householdId : stale) {
            SecretKey key = read(householdId).orElseThrow();
            jdbc.update("UPDATE event_store.household_key SET master_key_id = ?, wrapped_key = ? WHERE household_id = ?",
                    masters.currentId(), wrap(householdId, key.getEncoded(), masters.current()), householdId);
        }
        return stale.size();
    }

    private Optional<SecretKey> read(UUID householdId) {
        return jdbc.query("SELECT master_key_id, wrapped_key FROM event_store.household_key WHERE household_id = ?",
                        (rs, row) -> unwrap(householdId, rs.getString(1), rs.getBytes(2)), householdId)
                .stream().findFirst()
                .map(key -> {
                    unwrapped.put(householdId, key);
                    return key;
                });
    }

    private SecretKey unwrap(UUID householdId, String masterKeyId, byte[] wrapped) {
        return new SecretKeySpec(Aes.decrypt(masters.get(masterKeyId), wrapped, associated(householdId)), "AES");
    }

    private static byte[] wrap(UUID householdId, byte[] key, SecretKey master) {
        return Aes.encrypt(master, key, associated(householdId));
    }

    static byte[] associated(UUID householdId) {
        return householdId.toString().getBytes(StandardCharsets.UTF_8);
    }
}
