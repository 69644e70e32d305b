package vn.householdledger.command.dispatch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import vn.householdledger.api.http.LedgerHeaders;
import vn.householdledger.platform.problem.IdempotencyKeyReused;
import vn.householdledger.platform.problem.InvalidInput;
import vn.householdledger.platform.security.Caller;

/**
 * Every write of the API goes through here: it sends the command, waits until its events are
 * durable, answers with {@code X-Event-Position}, and honours {@code Idempotency-Key} — the same key
 * with the same request answers the first answer again and writes nothing; with another request, 422.
 * Twins sent at the same moment on one node answer alike: the later waits for the first, whose refusal,
 * stored nowhere, is its answer too. A request that writes reads its key's record once, before it is
 * sent, and nothing after: the record is written beside its events and the position comes from their append.
 */
@Component
public class CommandDispatcher {

    public static final int MAX_KEY_LENGTH = 255;

    /** How a command and its handler's result become the body of the answer. */
    @FunctionalInterface
    public interface Answer<C> {
        Object body(C command, Object result);
    }

    /** What the handler of a command answered, and the position of the command's last event. */
    private record Handled(Object result, long position) {
    }

    /** How a request with a key ended on this node: its request's hash, and its refusal if it was refused. */
    private record Outcome(String hash, RuntimeException refusal) {
    }

    /** The requests with an Idempotency-Key being sent on this node, by account and key. */
    private final ConcurrentMap<List<String>, CompletableFuture<Outcome>> inFlight = new ConcurrentHashMap<>();
    private final CommandGateway gateway;
    private final IdempotencyStore store;
    private final EventPositions positions;
    private final ObjectMapper json;

    public CommandDispatcher(CommandGateway gateway, IdempotencyStore store, EventPositions positions, ObjectMapper json) {
        this.gateway = gateway;
        this.store = store;
        this.positions = positions;
        this.json = json;
    }

    /**
     * Sends {@code command}, which the HTTP {@code request} body asked for, and answers {@code status}
     * with the body {@code answer} makes of it.
     */
    public <C extends AddressedCommand> ResponseEntity<Object> send(HttpStatus status, Object request, C command,
                                                                    Answer<C> answer) {
        HttpServletRequest http = RequestMetadata.currentRequest();
        String key = http == null ? null : http.getHeader(LedgerHeaders.IDEMPOTENCY_KEY);
        if (key == null || key.isBlank()) {
            Handled handled = sendAndWait(command, Map.of());
            return respond(status, handled.position(), answer.body(command, handled.result()));
        }
        if (key.length() > MAX_KEY_LENGTH) {
            throw new InvalidInput(LedgerHeaders.IDEMPOTENCY_KEY, "input.maxLength", MAX_KEY_LENGTH);
        }
        String account = Caller.current().username();
        String hash = hash(http, request);
        List<String> sender = List.of(account, key);
        CompletableFuture<Outcome> mine = new CompletableFuture<>();
        CompletableFuture<Outcome> twin = inFlight.putIfAbsent(sender, mine);
        if (twin != null) {
            // A twin with the same key is being sent on this node (a double click, a resent form): answer as it does.
            Outcome outcome = twin.join();
            Optional<IdempotencyStore.Entry> stored = store.find(account, key);
            if (stored.isPresent()) {
                return replay(stored.get(), account, key, hash, status, answer);
            }
            if (outcome.refusal() != null && outcome.hash().equals(hash)) {
                throw outcome.refusal();
            }
            return send(status, request, command, answer);
        }
        RuntimeException refusal = null;
        try {
            return sendFirst(account, key, hash, status, command, answer);
        } catch (RuntimeException refused) {
            refusal = refused;
            throw refused;
        } finally {
            inFlight.remove(sender, mine);
            mine.complete(new Outcome(hash, refusal));
        }
    }

    private <C extends AddressedCommand> ResponseEntity<Object> sendFirst(String account, String key, String hash,
                                                                         HttpStatus status, C command, Answer<C> answer) {
        Optional<IdempotencyStore.Entry> first = store.find(account, key);
        if (first.isPresent()) {
            return replay(first.get(), account, key, hash, status, answer);
        }
        try {
            Handled handled = sendAndWait(command, Map.of(RequestMetadata.REQUEST_HASH, hash));
            return respond(status, handled.position(), answer.body(command, handled.result()));
        } catch (IdempotencyRecorder.KeyTakenMeanwhile raced) {
            return replay(store.find(account, key).orElseThrow(), account, key, hash, status, answer);
        } catch (RuntimeException refused) {
            // A twin with the same key may have committed on another node while this one waited for the household,
            // and so caused the refusal (a second repayment of what is no longer owed): its answer is ours.
            Optional<IdempotencyStore.Entry> twin = store.find(account, key);
            if (twin.isPresent()) {
                return replay(twin.get(), account, key, hash, status, answer);
            }
            throw refused;
        }
    }

    private Handled sendAndWait(AddressedCommand command, Map<String, ?> metaData) {
        CommandMessage<?> message = GenericCommandMessage.asCommandMessage(command).andMetaData(metaData);
        positions.await(message);
        try {
            Object result = gateway.sendAndWait(message);
            return new Handled(result, positions.lastOf(message, command.aggregateId()));
        } finally {
            positions.forget(message);
        }
    }

    @SuppressWarnings("unchecked")
    private <C extends AddressedCommand> ResponseEntity<Object> replay(IdempotencyStore.Entry first, String account, String key,
                                                                       String hash, HttpStatus status, Answer<C> answer) {
        if (!first.requestHash().equals(hash)) {
            throw new IdempotencyKeyReused(key);
        }
        try {
            C command = (C) json.readValue(first.command(), Class.forName(first.commandType()));
            Object result = first.resultType() == null ? null : json.readValue(first.result(), Class.forName(first.resultType()));
            return respond(status, positions.lastCausedBy(command.aggregateId(), account, key), answer.body(command, result));
        } catch (JsonProcessingException | ClassNotFoundException e) {
            throw new IllegalStateException("Unreadable idempotency record for key " + key, e);
        }
    }

    private ResponseEntity<Object> respond(HttpStatus status, long position, Object body) {
        return ResponseEntity.status(status)
                .header(LedgerHeaders.EVENT_POSITION, Long.toString(position))
                .body(body);
    }

    private String hash(HttpServletRequest http, Object request) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((http.getMethod() + " " + http.getRequestURI() + "\n").getBytes(StandardCharsets.UTF_8));
            digest.update(json.writeValueAsBytes(request));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException("Cannot hash the request", e);
        }
    }
}
