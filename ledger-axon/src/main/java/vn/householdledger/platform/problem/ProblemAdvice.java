package vn.householdledger.platform.problem;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import vn.householdledger.api.problem.FieldProblem;
import vn.householdledger.api.problem.RuleCode;
import vn.householdledger.platform.i18n.ConstraintMessages;
import vn.householdledger.platform.i18n.Messages;
import vn.householdledger.platform.web.RefusedValue;
import vn.householdledger.platform.web.RequestBodyLimit;

/**
 * Every refusal as {@code application/problem+json} (RFC 9457): {@code type}, {@code title},
 * {@code status}, {@code detail}, with {@code errors} for validation and {@code code} for a rule.
 * Titles, details and field messages are in the language the request asks for ({@code Accept-Language}:
 * Vietnamese unless English is preferred, {@link Messages#of}); types, codes and field names stay as
 * they are. Nothing a user typed ever answers 500.
 */
@RestControllerAdvice
public class ProblemAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);
    private static final String TYPE_BASE = "https://householdledger.vn/problems/";

    @ExceptionHandler(RuleViolation.class)
    ResponseEntity<Object> rule(RuleViolation e) {
        Locale locale = Messages.ofRequest();
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "rule-violation", e.detail(locale), locale);
        problem.setProperty("code", e.code().name());
        if (e.field() != null) {
            problem.setProperty("errors", List.of(new FieldProblem(e.field(), e.detail(locale))));
        }
        return respond(problem);
    }

    @ExceptionHandler(InvalidInput.class)
    ResponseEntity<Object> invalid(InvalidInput e) {
        return invalid(e.errors(Messages.ofRequest()));
    }

    @ExceptionHandler(NotFound.class)
    ResponseEntity<Object> notFound(NotFound e) {
        return said(HttpStatus.NOT_FOUND, "not-found", e);
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ResponseEntity<Object> notFound(AggregateNotFoundException e) {
        return notFound(new NotFound("notFound.record", e.getAggregateIdentifier()));
    }

    @ExceptionHandler(Forbidden.class)
    ResponseEntity<Object> forbidden(Forbidden e) {
        return said(HttpStatus.FORBIDDEN, "forbidden", e);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Object> forbidden(AccessDeniedException e) {
        return forbidden(new Forbidden("forbidden.access"));
    }

    @ExceptionHandler(IdempotencyKeyReused.class)
    ResponseEntity<Object> keyReused(IdempotencyKeyReused e) {
        Locale locale = Messages.ofRequest();
        return respond(problem(HttpStatus.UNPROCESSABLE_ENTITY, "idempotency-key-reused",
                Messages.render(locale, "problem.keyReused", e.key()), locale));
    }

    @ExceptionHandler(ConcurrencyException.class)
    ResponseEntity<Object> concurrency(ConcurrencyException e) {
        return rule(new RuleViolation(RuleCode.CONCURRENT_MODIFICATION));
    }

    @ExceptionHandler(NotYetConsistent.class)
    ResponseEntity<Object> notYetConsistent(NotYetConsistent e) {
        Locale locale = Messages.ofRequest();
        ProblemDetail problem = problem(HttpStatus.SERVICE_UNAVAILABLE, "not-yet-consistent",
                Messages.render(locale, "problem.notYetConsistent", e.position()), locale);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "1")
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> constraint(ConstraintViolationException e) {
        Locale locale = Messages.ofRequest();
        return invalid(e.getConstraintViolations().stream()
                .map(v -> new FieldProblem(lastNode(v.getPropertyPath().toString()), ConstraintMessages.of(v, locale)))
                .toList());
    }

    /** A query parameter or path variable of the wrong type ({@code ?year=abc}): named, with what it must be. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException e) {
        Locale locale = Messages.ofRequest();
        return invalid(List.of(new FieldProblem(e.getName(), typeMessage(e.getRequiredType(), e.getValue(), locale))));
    }

    /** Axon wraps what a handler threw when it crosses a boundary; answer what is inside. */
    @ExceptionHandler(CommandExecutionException.class)
    ResponseEntity<Object> commandExecution(CommandExecutionException e, WebRequest request) throws Exception {
        Throwable cause = e.getCause();
        if (cause instanceof RuleViolation r) return rule(r);
        if (cause instanceof InvalidInput i) return invalid(i);
        if (cause instanceof NotFound n) return notFound(n);
        if (cause instanceof Forbidden f) return forbidden(f);
        return unexpected(e);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e) {
        log.error("Unexpected failure", e);
        Locale locale = Messages.ofRequest();
        return respond(problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error",
                Messages.render(locale, "problem.internal"), locale));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        Locale locale = Messages.ofRequest();
        return invalid(fieldProblems(e.getBindingResult().getFieldErrors(), e.getBindingResult().getGlobalErrors(), locale)
                .toList());
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e, HttpHeaders headers,
                                                                            HttpStatusCode status, WebRequest request) {
        Locale locale = Messages.ofRequest();
        List<FieldProblem> errors = e.getParameterValidationResults().stream()
                .flatMap(r -> r instanceof ParameterErrors body ? fieldProblems(body.getFieldErrors(), body.getGlobalErrors(), locale)
                        : r.getResolvableErrors().stream().map(err -> new FieldProblem(
                                r.getMethodParameter().getParameterName(), message(r, err, locale))))
                .toList();
        return invalid(errors);
    }

    /** A request body's errors name its fields (and, for a rule over the whole body, the body). */
    private static Stream<FieldProblem> fieldProblems(List<FieldError> fields, List<ObjectError> globals, Locale locale) {
        return Stream.concat(
                fields.stream().map(f -> new FieldProblem(f.getField(), message(f, locale))),
                globals.stream().map(g -> new FieldProblem(g.getObjectName(), message(g, locale))));
    }

    private static String message(ObjectError error, Locale locale) {
        return error.contains(ConstraintViolation.class)
                ? ConstraintMessages.of(error.unwrap(ConstraintViolation.class), locale) : error.getDefaultMessage();
    }

    private static String message(ParameterValidationResult result, MessageSourceResolvable error, Locale locale) {
        try {
            return ConstraintMessages.of(result.unwrap(error, ConstraintViolation.class), locale);
        } catch (IllegalArgumentException e) {
            return error.getDefaultMessage();
        }
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        Locale locale = Messages.ofRequest();
        Throwable cause = e.getMostSpecificCause();
        if (cause instanceof RequestBodyLimit.BodyTooLarge tooLarge) {
            return respond(problem(HttpStatus.PAYLOAD_TOO_LARGE, "payload-too-large",
                    Messages.render(locale, "problem.bodyTooLarge", tooLarge.limit()), locale));
        }
        if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            String message;
            if (mapping instanceof RefusedValue refused) {
                message = refused.reason().in(locale);
            } else if (mapping instanceof UnrecognizedPropertyException) {
                message = Messages.render(locale, "input.unknownField");
            } else if (mapping instanceof InvalidFormatException f) {
                message = typeMessage(f.getTargetType(), f.getValue(), locale);
            } else {
                message = Messages.render(locale, "input.wrongType");
            }
            return invalid(List.of(new FieldProblem(field, message)));
        }
        return respond(problem(HttpStatus.BAD_REQUEST, "malformed-request", Messages.render(locale, "problem.malformed"), locale));
    }

    /**
     * No such page: the servlet container's error page answers it ({@link ProblemErrorController}), which
     * shows a browser the pages' own view in the reader's language. An unknown path of the API stays a problem here.
     */
    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException e, HttpHeaders headers,
                                                                    HttpStatusCode status, WebRequest request) {
        if (request instanceof ServletWebRequest page && ProblemErrorController.isPage(page.getRequest().getRequestURI())
                && page.getResponse() != null) {
            try {
                page.getResponse().sendError(status.value());
            } catch (IOException failed) {
                throw new UncheckedIOException(failed);
            }
            return null;
        }
        return super.handleNoResourceFoundException(e, headers, status, request);
    }

    /**
     * Spring's own refusals (a missing parameter, a method or media type not supported, no such path)
     * keep their status and type, with the title and detail the API's bundles give them in the
     * reader's language ({@code problemDetail.<exception class>} and its arguments, as Spring names them).
     */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
                                                             HttpStatusCode status, WebRequest request) {
        ResponseEntity<Object> response = super.handleExceptionInternal(e, body, headers, status, request);
        if (response != null && response.getBody() instanceof ProblemDetail problem) {
            if (problem.getType() == null) {
                problem.setType(URI.create("about:blank"));
            }
            if (e instanceof ErrorResponse error && Messages.has(error.getDetailMessageCode())) {
                Locale locale = Messages.ofRequest();
                problem.setDetail(Messages.render(locale, error.getDetailMessageCode(), error.getDetailMessageArguments()));
                String title = "problem.title." + status.value();
                if (Messages.has(title)) {
                    problem.setTitle(Messages.render(locale, title));
                }
            }
        }
        return response;
    }

    /** What a value of {@code type} must look like, for a value that does not ({@code input.type.<Type>}, or in general). */
    private static String typeMessage(Class<?> type, Object value, Locale locale) {
        String shown = abbreviate(String.valueOf(value));
        if (type != null && type.isEnum()) {
            return Messages.render(locale, "input.type.enum", shown,
                    Arrays.stream(type.getEnumConstants()).map(String::valueOf).toList());
        }
        String key = "input.type." + (type == null ? "" : type.getSimpleName());
        return Messages.render(locale, Messages.has(key) ? key : "input.type.other", shown);
    }

    private static ResponseEntity<Object> said(HttpStatus status, String type, Refusal e) {
        Locale locale = Messages.ofRequest();
        return respond(problem(status, type, e.detail(locale), locale));
    }

    private ResponseEntity<Object> invalid(List<FieldProblem> errors) {
        Locale locale = Messages.ofRequest();
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-input",
                errors.stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; ")), locale);
        problem.setProperty("errors", new ArrayList<>(errors));
        return respond(problem);
    }

    private static ProblemDetail problem(HttpStatus status, String type, String detail, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + type));
        problem.setTitle(Messages.render(locale, "problem.title." + type));
        return problem;
    }

    private static ResponseEntity<Object> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }

    private static String abbreviate(String value) {
        return value.length() <= 60 ? value : value.substring(0, 60) + "…";
    }
}
