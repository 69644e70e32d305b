package vn.householdledger.standalone.web.form;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.util.function.Supplier;
import org.axonframework.commandhandling.CommandExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import vn.householdledger.command.dispatch.CommandDispatcher;
import vn.householdledger.platform.problem.InvalidInput;
import vn.householdledger.platform.problem.NotYetConsistent;
import vn.householdledger.platform.problem.RuleViolation;
import vn.householdledger.query.projection.ReadConsistency;

/**
 * Sends what a form asked for the way the API does: the API's request record is validated with the
 * same constraints as {@code @Valid} on the API, then handed to the API's own controller method,
 * which checks the caller's communes and dispatches the same command (stamped with the signed-in
 * account as {@code recordedBy}). A refusal — a constraint, {@link InvalidInput} or a
 * {@link RuleViolation} — becomes a message next to its field; after a write, the read side is awaited
 * so that the page shown next already reflects it.
 */
@Component
public class Submission {

    private static final Logger log = LoggerFactory.getLogger(Submission.class);

    private final Validator validator;
    private final ReadConsistency consistency;
    private final MessageSource messages;

    public Submission(Validator validator, ReadConsistency consistency, MessageSource messages) {
        this.validator = validator;
        this.consistency = consistency;
        this.messages = messages;
    }

    /**
     * Validates {@code request} and, if it and the form's own reading ({@code errors}) are clean, sends
     * it through {@code api}. Answers the API's body, or null when something was refused ({@code errors}
     * then says what).
     */
    public Object send(Object request, FormErrors errors, Supplier<ResponseEntity<Object>> api) {
        validate(request, errors);
        if (!errors.isEmpty()) {
            return null;
        }
        try {
            ResponseEntity<Object> response = api.get();
            awaitReadSide(response);
            return response.getBody();
        } catch (RuntimeException e) {
            Throwable cause = e instanceof CommandExecutionException && e.getCause() != null ? e.getCause() : e;
            if (cause instanceof RuleViolation rule) {
                errors.add(rule.code().field(), message("rule." + rule.code(), rule.getMessage()));
                return null;
            }
            if (cause instanceof InvalidInput invalid) {
                invalid.errors().forEach(p -> errors.add(p.field(), p.message()));
                return null;
            }
            throw e;
        }
    }

    /** The API's bean validation, with messages in the reader's language; a field already refused keeps its first message. */
    public void validate(Object request, FormErrors errors) {
        for (ConstraintViolation<Object> violation : validator.validate(request)) {
            String field = violation.getPropertyPath().toString();
            if (errors.has(field)) {
                continue;
            }
            String constraint = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
            String specific = message("validation." + leaf(violation.getPropertyPath()) + "." + constraint, null);
            errors.add(field, specific != null ? specific : message("validation." + constraint, violation.getMessage()));
        }
    }

    private void awaitReadSide(ResponseEntity<Object> response) {
        String position = response.getHeaders().getFirst(CommandDispatcher.POSITION_HEADER);
        if (position == null) {
            return;
        }
        try {
            consistency.awaitPosition(Long.parseLong(position));
        } catch (NotYetConsistent e) {
            log.info("The read side lags behind a write from a page: {}", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private String message(String key, String fallback) {
        return messages.getMessage(key, null, fallback, LocaleContextHolder.getLocale());
    }

    private static String leaf(Path path) {
        String name = null;
        for (Path.Node node : path) {
            name = node.getName();
        }
        return name;
    }
}
