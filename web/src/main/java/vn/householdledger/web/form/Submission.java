package vn.householdledger.web.form;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.util.function.Supplier;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import vn.householdledger.api.problem.FieldProblem;
import vn.householdledger.api.problem.Problem;
import vn.householdledger.web.ledger.ApiProblem;

/**
 * Sends what a form asked for the way any client of the API does: the contract's request record is
 * first checked against its own constraints (so that every missing or malformed field shows at once,
 * in the reader's language), then sent over HTTP. A refusal of the API lands beside its field: a
 * rule's by the field its code is about, invalid input by the fields it names.
 */
@Component
public class Submission {

    private final Validator validator;
    private final MessageSource messages;

    public Submission(Validator validator, MessageSource messages) {
        this.validator = validator;
        this.messages = messages;
    }

    /**
     * Validates {@code request} and, if it and the form's own reading ({@code errors}) are clean, sends
     * it through {@code api}. Answers the API's body, or null when something was refused ({@code errors}
     * then says what).
     */
    public <T> T send(Object request, FormErrors errors, Supplier<? extends ResponseEntity<? extends T>> api) {
        validate(request, errors);
        if (!errors.isEmpty()) {
            return null;
        }
        try {
            return api.get().getBody();
        } catch (ApiProblem refused) {
            refuse(refused, errors);
            return null;
        }
    }

    /** Shows the API's refusal beside the field it is about; a refusal no person can mend in a form is rethrown. */
    public void refuse(ApiProblem refused, FormErrors errors) {
        Problem problem = refused.problem();
        if (problem == null) {
            throw refused;
        }
        if (refused.status() == HttpStatus.CONFLICT.value() && problem.code() != null && problem.errors() != null) {
            // A rule whose code names no field (a date before the registration) names it in errors, with the dates it compared.
            problem.errors().forEach(field -> errors.add(field.field(), field.message()));
        } else if (refused.status() == HttpStatus.CONFLICT.value() && problem.code() != null) {
            errors.add(problem.code().field(), message("rule." + problem.code(), problem.detail()));
        } else if (refused.status() == HttpStatus.BAD_REQUEST.value() && problem.errors() != null) {
            for (FieldProblem field : problem.errors()) {
                errors.add(field.field(), field.message());
            }
        } else if (refused.status() == HttpStatus.UNPROCESSABLE_ENTITY.value()) {
            errors.add(FormErrors.FORM, message("form.alreadySent", problem.detail()));
        } else {
            throw refused;
        }
    }

    /** The contract's bean validation, with messages in the reader's language; a field already refused keeps its first message. */
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
