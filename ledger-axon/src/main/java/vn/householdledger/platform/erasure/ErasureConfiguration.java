package vn.householdledger.platform.erasure;

import java.util.Map;
import org.axonframework.serialization.Serializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The event serializer that seals personal data, and its keys. The master key comes from
 * {@code ledger.erasure.master-key} (base64, 256 bits); only a run on the embedded PostgreSQL (no
 * {@code spring.datasource.url}: a developer's machine, the demo, the tests) falls back to a key known
 * to all, and says so; a deployment that does not set one does not start.
 */
@Configuration(proxyBeanMethods = false)
public class ErasureConfiguration {

    /** The id of {@link #EMBEDDED_ONLY}, under which the embedded database's household keys are wrapped. */
    public static final String EMBEDDED_ID = "embedded";

    private static final Logger log = LoggerFactory.getLogger(ErasureConfiguration.class);

    /**
     * Known to everyone who reads this code: it protects nothing, and is used only on the embedded database (and by
     * the bench's second node of a side, which shares a standalone's embedded database).
     */
    public static final String EMBEDDED_ONLY = "ZW1iZWRkZWQtZGVtby1vbmx5LW5vdC1hLXNlY3JldCE=";

    @Bean
    public MasterKeys masterKeys(Environment environment,
                                 @Value("${ledger.erasure.master-key:}") String masterKey,
                                 @Value("${ledger.erasure.master-key-id:1}") String masterKeyId,
                                 @Value("${spring.datasource.url:}") String datasourceUrl) {
        Map<String, String> retired = Binder.get(environment)
                .bind("ledger.erasure.retired-master-keys", Bindable.mapOf(String.class, String.class))
                .orElse(Map.of());
        if (masterKey.isBlank()) {
            if (!datasourceUrl.isBlank()) {
                throw new IllegalStateException("ledger.erasure.master-key is not set: a deployment sets its own "
                        + "(base64 of 32 random bytes, e.g. `openssl rand -base64 32`)");
            }
            log.warn("ledger.erasure.master-key is not set: the embedded database's household keys are wrapped by a "
                    + "master key known to all, fit for a demo only");
            return new MasterKeys(EMBEDDED_ID, EMBEDDED_ONLY, retired);
        }
        return new MasterKeys(masterKeyId, masterKey, retired);
    }

    @Bean
    public HouseholdKeys householdKeys(JdbcTemplate jdbc, MasterKeys masters, PlatformTransactionManager transactions) {
        return new HouseholdKeys(jdbc, masters, transactions);
    }

    /** Axon's event serializer (its auto-configuration stands back for a bean of this qualifier). */
    @Bean
    @Qualifier("eventSerializer")
    public Serializer eventSerializer(Serializer serializer, HouseholdKeys keys) {
        return new PersonalDataSerializer(serializer, keys);
    }
}
