package vn.householdledger.platform.processing;

import java.util.HashSet;
import java.util.Set;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The processing groups of {@link InCommandTransaction} handlers run as subscribing processors: the
 * event store hands them a command's events while that command's transaction is still open. A
 * handler's failure is propagated (Axon's default only logs it) so that the command rolls back. Such
 * a group is no projection: it must get no dead-letter queue, which would swallow the failure, nor
 * anything else that every command would then wait for ({@link #groups} names them).
 */
@Configuration(proxyBeanMethods = false)
public class CommandTransactionProcessing {

    /** The processing groups whose handlers are marked {@link InCommandTransaction}. */
    public static Set<String> groups(ListableBeanFactory beans) {
        Set<String> groups = new HashSet<>();
        for (String bean : beans.getBeanNamesForAnnotation(InCommandTransaction.class)) {
            ProcessingGroup group = beans.findAnnotationOnBean(bean, ProcessingGroup.class);
            if (group == null) {
                throw new IllegalStateException("The @InCommandTransaction handler " + bean + " names no @ProcessingGroup");
            }
            groups.add(group.value());
        }
        return groups;
    }

    @Bean
    public ConfigurerModule subscribingInCommandTransaction(ListableBeanFactory beans) {
        return configurer -> groups(beans).forEach(group -> configurer.eventProcessing()
                .registerSubscribingEventProcessor(group)
                .registerListenerInvocationErrorHandler(group, configuration -> PropagatingErrorHandler.instance()));
    }
}
