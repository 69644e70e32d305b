package vn.householdledger.query.projection;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.UnknownSerializedType;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/** Which of the payload types the event store names each projection handles, kept once asked. */
@Component
public class HandledTypes {

    private final EventProcessingConfiguration processing;
    private final Serializer eventSerializer;
    private final Map<String, Map<String, Boolean>> handled = new ConcurrentHashMap<>();

    public HandledTypes(EventProcessingConfiguration processing, @Qualifier("eventSerializer") Serializer eventSerializer) {
        this.processing = processing;
        this.eventSerializer = eventSerializer;
    }

    /** Whether a handler of the projection takes events of the stored {@code payloadType}; false for a projection not known here. */
    public boolean handles(String projection, String payloadType) {
        return handled.computeIfAbsent(projection, p -> new ConcurrentHashMap<>()).computeIfAbsent(payloadType,
                type -> processing.eventProcessor(projection).filter(AbstractEventProcessor.class::isInstance)
                        .map(p -> ((AbstractEventProcessor) p).eventHandlerInvoker().canHandleType(classOf(type)))
                        .orElse(false));
    }

    /** Whether the stored {@code payloadType} names a class this process knows (an old name is known once upcast). */
    public boolean known(String payloadType) {
        return !UnknownSerializedType.class.equals(classOf(payloadType));
    }

    private Class<?> classOf(String payloadType) {
        return eventSerializer.classForType(new SimpleSerializedType(payloadType, null));
    }
}
