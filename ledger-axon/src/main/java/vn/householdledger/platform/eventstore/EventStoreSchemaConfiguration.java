package vn.householdledger.platform.eventstore;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jpa.SQLStateResolver;
import org.axonframework.modelling.saga.repository.jdbc.PostgresSagaSqlSchema;
import org.axonframework.modelling.saga.repository.jdbc.SagaSchema;
import org.axonframework.modelling.saga.repository.jdbc.SagaSqlSchema;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.householdledger.platform.chain.ChainedAppend;
import vn.householdledger.platform.erasure.HouseholdKeys;
import vn.householdledger.platform.erasure.PersonalDataSerializer;

/**
 * Axon's JDBC tables under snake_case names in the schemas each side owns. The events live in
 * {@code event_store}; tokens, sagas and dead letters in the schema of the side that processes
 * events ({@code ledger.axon.processing-schema}: {@code query_side} unless a side says otherwise).
 * Flyway creates every one of these tables; Axon never does.
 */
@Configuration(proxyBeanMethods = false)
public class EventStoreSchemaConfiguration {

    public static final String EVENT_TABLE = "event_store.domain_event_entry";

    @Bean
    public EventSchema eventSchema() {
        return EventSchema.builder()
                .eventTable(EVENT_TABLE)
                .snapshotTable("event_store.snapshot_event_entry")
                .globalIndexColumn("global_index")
                .timestampColumn("time_stamp")
                .eventIdentifierColumn("event_identifier")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .typeColumn("type")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .build();
    }

    /**
     * Axon's JDBC engine as its auto-configuration builds it, with the gap settings exposed: a gap
     * older than {@code ledger.eventstore.gap-timeout} is dropped from a processor's token (and its
     * event, should it commit later, would be skipped: the completeness check repairs that), and
     * {@code ledger.eventstore.batch-size} events are read per query. Processors replaying the store
     * together share their batches ({@link SharedBatches}): the last eight whole batches are kept, and
     * a replaying processor waits for the slowest when it runs four batches ahead of it. A household's
     * events are appended with their hash chain ({@link ChainedAppend}); snapshots are their aggregate's
     * fields as JSON ({@link Snapshots}), their members' personal values sealed with the household's key
     * as the events' are ({@link PersonalDataSerializer}).
     */
    @Bean
    public EventStorageEngine eventStorageEngine(ObjectMapper json,
                                                 PersistenceExceptionResolver persistenceExceptionResolver,
                                                 @Qualifier("eventSerializer") Serializer eventSerializer,
                                                 org.axonframework.config.Configuration configuration,
                                                 ConnectionProvider connectionProvider,
                                                 TransactionManager transactionManager,
                                                 EventSchema eventSchema,
                                                 @Value("${ledger.eventstore.gap-timeout:60000}") int gapTimeout,
                                                 @Value("${ledger.eventstore.batch-size:2000}") int batchSize,
                                                 MeterRegistry meters,
                                                 HouseholdKeys keys) {
        JdbcEventStorageEngine.Builder builder = JdbcEventStorageEngine.builder()
                .snapshotSerializer(new PersonalDataSerializer(Snapshots.serializer(json), keys))
                .upcasterChain(configuration.upcasterChain())
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .eventSerializer(eventSerializer)
                .snapshotFilter(configuration.snapshotFilter())
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .schema(eventSchema)
                .gapTimeout(gapTimeout)
                .batchSize(batchSize)
                .appendEvents(new ChainedAppend());
        return new SharedReadEventStorageEngine(builder,
                new SharedBatches(8, 4, Duration.ofSeconds(5), Duration.ofSeconds(5), meters));
    }

    /**
     * PostgreSQL's unique violation (SQL state 23505) is a duplicate key: a command that lost a race on
     * the event store's key then fails with Axon's retryable {@code ConcurrencyException} (or
     * {@code AggregateStreamCreationException} for a new stream). Axon's JDBC default knows only
     * {@code SQLIntegrityConstraintViolationException}, which the PostgreSQL driver never throws.
     */
    @Bean
    public PersistenceExceptionResolver persistenceExceptionResolver() {
        return new SQLStateResolver("23505");
    }

    @Bean
    public TokenSchema tokenSchema(@Value("${ledger.axon.processing-schema:query_side}") String schema) {
        return TokenSchema.builder()
                .setTokenTable(schema + ".token_entry")
                .setProcessorNameColumn("processor_name")
                .setSegmentColumn("segment")
                .setTokenColumn("token")
                .setTokenTypeColumn("token_type")
                .setTimestampColumn("time_stamp")
                .setOwnerColumn("owner")
                .build();
    }

    @Bean
    public SagaSqlSchema sagaSqlSchema(@Value("${ledger.axon.processing-schema:query_side}") String schema) {
        return new PostgresSagaSqlSchema(SagaSchema.builder()
                .sagaEntryTable(schema + ".saga_entry")
                .associationValueEntryTable(schema + ".association_value_entry")
                .sagaIdColumn("saga_id")
                .sagaTypeColumn("saga_type")
                .revisionColumn("revision")
                .serializedSagaColumn("serialized_saga")
                .associationKeyColumn("association_key")
                .associationValueColumn("association_value")
                .build());
    }

    @Bean
    public DeadLetterSchema deadLetterSchema(@Value("${ledger.axon.processing-schema:query_side}") String schema) {
        return DeadLetterSchema.builder()
                .deadLetterTable(schema + ".dead_letter_entry")
                .deadLetterIdentifierColumn("dead_letter_id")
                .processingGroupColumn("processing_group")
                .sequenceIdentifierColumn("sequence_identifier")
                .sequenceIndexColumn("sequence_index")
                .messageTypeColumn("message_type")
                .eventIdentifierColumn("event_identifier")
                .timestampColumn("time_stamp")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .aggregateTypeColumn("aggregate_type")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .tokenTypeColumn("token_type")
                .tokenColumn("token")
                .enqueuedAtColumn("enqueued_at")
                .lastTouchedColumn("last_touched")
                .processingStartedColumn("processing_started")
                .causeTypeColumn("cause_type")
                .causeMessageColumn("cause_message")
                .diagnosticsColumn("diagnostics")
                .build();
    }
}
