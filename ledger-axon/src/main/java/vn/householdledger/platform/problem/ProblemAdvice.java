package vn.householdledger.platform.problem;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.validation.ConstraintViolationException;
import java.net.URI;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import vn.householdledger.api.problem.FieldProblem;
import vn.householdledger.api.problem.RuleCode;
import vn.householdledger.platform.web.RefusedValue;
import vn.householdledger.platform.web.RequestBodyLimit;

/**
 * Every refusal as {@code application/problem+json} (RFC 9457): {@code type}, {@code title},
 * {@code status}, {@code detail}, with {@code errors} for validation and {@code code} for a rule.
 * Nothing a user typed ever answers 500.
 */
@RestControllerAdvice
public class ProblemAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);
    private static final String TYPE_BASE = "https://householdledger.vn/problems/";

    @ExceptionHandler(RuleViolation.class)
    ResponseEntity<Object> rule(RuleViolation e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "rule-violation", "A business rule refuses this", e.getMessage());
        problem.setProperty("code", e.code().name());
        return respond(problem);
    }

    @ExceptionHandler(InvalidInput.class)
    ResponseEntity<Object> invalid(InvalidInput e) {
        return invalid(e.errors());
    }

    @ExceptionHandler({NotFound.class, AggregateNotFoundException.class})
    ResponseEntity<Object> notFound(RuntimeException e) {
        return respond(problem(HttpStatus.NOT_FOUND, "not-found", "Not found", e.getMessage()));
    }

    @ExceptionHandler({Forbidden.class, AccessDeniedException.class})
    ResponseEntity<Object> forbidden(RuntimeException e) {
        return respond(problem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", e.getMessage()));
    }

    @ExceptionHandler(IdempotencyKeyReused.class)
    ResponseEntity<Object> keyReused(IdempotencyKeyReused e) {
        return respond(problem(HttpStatus.UNPROCESSABLE_ENTITY, "idempotency-key-reused", "Idempotency-Key reused", e.getMessage()));
    }

    @ExceptionHandler(ConcurrencyException.class)
    ResponseEntity<Object> concurrency(ConcurrencyException e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "concurrent-modification", "Changed concurrently",
                "The household was changed by another request at the same time; send the request again");
        problem.setProperty("code", RuleCode.CONCURRENT_MODIFICATION.name());
        return respond(problem);
    }

    @ExceptionHandler(NotYetConsistent.class)
    ResponseEntity<Object> notYetConsistent(NotYetConsistent e) {
        ProblemDetail problem = problem(HttpStatus.SERVICE_UNAVAILABLE, "not-yet-consistent", "Read models lag behind", e.getMessage());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "1")
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> constraint(ConstraintViolationException e) {
        return invalid(e.getConstraintViolations().stream()
                .map(v -> new FieldProblem(lastNode(v.getPropertyPath().toString()), v.getMessage()))
                .toList());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException e) {
        return invalid(List.of(new FieldProblem(e.getName(), "is not a valid value: " + abbreviate(String.valueOf(e.getValue())))));
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
        return respond(problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error",
                "The service failed unexpectedly; the failure is logged"));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = e.getBindingResult().getFieldErrors().stream()
                .map(f -> new FieldProblem(f.getField(), f.getDefaultMessage()))
                .collect(Collectors.toList());
        e.getBindingResult().getGlobalErrors().forEach(g -> errors.add(new FieldProblem(g.getObjectName(), g.getDefaultMessage())));
        return invalid(errors);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e, HttpHeaders headers,
                                                                            HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = e.getParameterValidationResults().stream()
                .flatMap(r -> r instanceof ParameterErrors body ? fieldProblems(body)
                        : r.getResolvableErrors().stream().map(err -> new FieldProblem(
                                r.getMethodParameter().getParameterName(), err.getDefaultMessage())))
                .toList();
        return invalid(errors);
    }

    /** A request body validated beside constrained path variables: its errors name its fields, not the body. */
    private static Stream<FieldProblem> fieldProblems(ParameterErrors body) {
        return Stream.concat(
                body.getFieldErrors().stream().map(f -> new FieldProblem(f.getField(), f.getDefaultMessage())),
                body.getGlobalErrors().stream().map(g -> new FieldProblem(g.getObjectName(), g.getDefaultMessage())));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        Throwable cause = e.getMostSpecificCause();
        if (cause instanceof RequestBodyLimit.BodyTooLarge tooLarge) {
            return respond(problem(HttpStatus.PAYLOAD_TOO_LARGE, "payload-too-large", "Payload too large", tooLarge.getMessage()));
        }
        if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            String message = "has the wrong type";
            if (mapping instanceof RefusedValue refused) {
                message = refused.reason();
            } else if (mapping instanceof UnrecognizedPropertyException) {
                message = "is not a known field";
            } else if (mapping instanceof InvalidFormatException f) {
                message = "is not a valid " + f.getTargetType().getSimpleName() + ": " + abbreviate(String.valueOf(f.getValue()));
            }
            return invalid(List.of(new FieldProblem(field, message)));
        }
        return respond(problem(HttpStatus.BAD_REQUEST, "malformed-request", "Malformed request",
                "The request body is not valid JSON of the expected shape"));
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
                                                             HttpStatusCode status, WebRequest request) {
        ResponseEntity<Object> response = super.handleExceptionInternal(e, body, headers, status, request);
        if (response != null && response.getBody() instanceof ProblemDetail problem && problem.getType() == null) {
            problem.setType(URI.create("about:blank"));
        }
        return response;
    }

    private ResponseEntity<Object> invalid(List<FieldProblem> errors) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input",
                errors.stream().map(f -> f.field() + " " + f.message()).collect(Collectors.joining("; ")));
        problem.setProperty("errors", errors);
        return respond(problem);
    }

    private static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + type));
        problem.setTitle(title);
        return problem;
    }

    private static ResponseEntity<Object> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus())
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }

    private static String abbreviate(String value) {
        return value.length() <= 60 ? value : value.substring(0, 60) + "…";
    }
}
