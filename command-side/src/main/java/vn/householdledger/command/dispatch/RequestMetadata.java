package vn.householdledger.command.dispatch;

import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import vn.householdledger.api.http.LedgerHeaders;
import vn.householdledger.platform.problem.Forbidden;
import vn.householdledger.platform.security.Caller;
import vn.householdledger.platform.web.ClientAddresses;

/**
 * The one place that stamps every command, and so every event, with who caused it
 * ({@code recordedBy}), the request that carried it ({@code idempotencyKey} or a generated
 * {@code requestId}) and the client's address. A command from a caller without any role (no
 * signed-in account, or code running on no request without {@code Caller.asSystem}) is refused:
 * nothing is recorded that no one caused.
 */
@Component
public class RequestMetadata implements MessageDispatchInterceptor<CommandMessage<?>> {

    public static final String RECORDED_BY = "recordedBy";
    public static final String IDEMPOTENCY_KEY = "idempotencyKey";
    public static final String REQUEST_ID = "requestId";
    public static final String CLIENT_ADDRESS = "clientAddress";
    /** Kept on the command only: it lets the idempotency record tell a retry from another request. */
    public static final String REQUEST_HASH = "requestHash";
    public static final String[] EVENT_KEYS = {RECORDED_BY, IDEMPOTENCY_KEY, REQUEST_ID, CLIENT_ADDRESS};

    private final ClientAddresses clientAddresses;

    public RequestMetadata(ClientAddresses clientAddresses) {
        this.clientAddresses = clientAddresses;
    }

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> messages) {
        return (index, command) -> {
            if (command.getMetaData().containsKey(RECORDED_BY)) {
                return command; // a retry keeps what the first dispatch recorded
            }
            Caller caller = Caller.current();
            if (caller.roles().isEmpty()) {
                throw new Forbidden("forbidden.noCaller", command.getCommandName());
            }
            Map<String, Object> metadata = new HashMap<>();
            metadata.put(RECORDED_BY, caller.username());
            HttpServletRequest request = currentRequest();
            String key = request == null ? null : request.getHeader(LedgerHeaders.IDEMPOTENCY_KEY);
            if (key != null && !key.isBlank()) {
                metadata.put(IDEMPOTENCY_KEY, key);
            } else {
                metadata.put(REQUEST_ID, UUID.randomUUID().toString());
            }
            if (request != null) {
                metadata.put(CLIENT_ADDRESS, clientAddresses.clientAddressOf(request));
            }
            return command.andMetaData(metadata);
        };
    }

    static HttpServletRequest currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest() : null;
    }
}
