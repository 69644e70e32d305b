package vn.householdledger.command.dispatch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.stereotype.Component;

/**
 * Writes the idempotency record inside the command's own transaction, beside its events: either both
 * are stored or neither. A second request with the same key that raced past the first look-up
 * loses here and is rolled back.
 */
@Component
public class IdempotencyRecorder implements MessageHandlerInterceptor<CommandMessage<?>> {

    /** Another request with the same key committed first; the dispatcher answers from its record. */
    static class KeyTakenMeanwhile extends RuntimeException {
        KeyTakenMeanwhile() {
            super("Idempotency-Key taken by a concurrent request", null, false, false);
        }
    }

    private final IdempotencyStore store;
    private final ObjectMapper json;

    public IdempotencyRecorder(IdempotencyStore store, ObjectMapper json) {
        this.store = store;
        this.json = json;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        CommandMessage<?> command = unitOfWork.getMessage();
        Object key = command.getMetaData().get(RequestMetadata.IDEMPOTENCY_KEY);
        Object hash = command.getMetaData().get(RequestMetadata.REQUEST_HASH);
        if (key == null || hash == null) {
            return chain.proceed();
        }
        Object result = chain.proceed();
        IdempotencyStore.Entry entry = new IdempotencyStore.Entry(hash.toString(),
                command.getPayloadType().getName(), write(command.getPayload()),
                result == null ? null : result.getClass().getName(), result == null ? null : write(result));
        if (!store.record(command.getMetaData().get(RequestMetadata.RECORDED_BY).toString(), key.toString(), entry)) {
            throw new KeyTakenMeanwhile();
        }
        return result;
    }

    private String write(Object value) throws JsonProcessingException {
        return json.writeValueAsString(value);
    }
}
