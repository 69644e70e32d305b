package vn.householdledger.query.projection;

import java.util.Set;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configurer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.householdledger.platform.processing.CommandTransactionProcessing;

/**
 * Every projection parks an event its handler fails on in Axon's JDBC dead-letter queue
 * ({@code dead_letter_entry}), in the batch's transaction, and goes on with the events of other
 * sequences (another household or commune); later events of the same sequence are parked behind
 * it, so their order holds. An admin retries them ({@code POST /api/admin/projections/{name}/dead-letters/retry}).
 * A failure of the batch's own writes at commit is not a handler's failure: the processor retries
 * the batch and shows FAILED meanwhile. Each processor remembers which sequences it has parked
 * (Axon's sequence identifier cache), so an event whose sequence has none is handled without asking
 * the queue: otherwise every event would cost a query. Handlers that record in a command's own
 * transaction (the command side's lookups, in the standalone) get no queue: their failure must fail
 * the command.
 */
@Configuration(proxyBeanMethods = false)
public class DeadLetterConfiguration {

    /** Applied after Axon's own module, which enables the queue only for processors named in properties. */
    @Bean
    public ConfigurerModule deadLettersForEveryProjection(ConnectionProvider connections, TransactionManager transactions,
                                                          DeadLetterSchema schema, ListableBeanFactory beans) {
        return new ConfigurerModule() {
            @Override
            public void configureModule(Configurer configurer) {
                Set<String> inCommandTransaction = CommandTransactionProcessing.groups(beans);
                configurer.eventProcessing().registerDeadLetterQueueProvider(group -> inCommandTransaction.contains(group)
                        ? null
                        : configuration -> JdbcSequencedDeadLetterQueue.<EventMessage<?>>builder()
                                .processingGroup(group)
                                .connectionProvider(connections)
                                .transactionManager(transactions)
                                .schema(schema)
                                .genericSerializer(configuration.serializer())
                                .eventSerializer(configuration.eventSerializer())
                                .build());
                for (String bean : beans.getBeanNamesForAnnotation(ProcessingGroup.class)) {
                    ProcessingGroup group = beans.findAnnotationOnBean(bean, ProcessingGroup.class);
                    configurer.eventProcessing().registerDeadLetteringEventHandlerInvokerConfiguration(group.value(),
                            (configuration, invoker) -> invoker.enableSequenceIdentifierCache());
                }
            }

            @Override
            public int order() {
                return 1;
            }
        };
    }
}
