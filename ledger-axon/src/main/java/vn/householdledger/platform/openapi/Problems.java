package vn.householdledger.platform.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * The API's refusals in the OpenAPI document: the {@code Problem} schema (RFC 9457, as
 * {@code ProblemAdvice} writes it) and one response per refusal, which operations refer to.
 */
public final class Problems {

    private static final String PROBLEM = "Problem";
    private static final String FIELD_PROBLEM = "FieldProblem";

    private record Refusal(String name, String description) {
    }

    private static final Map<HttpStatus, Refusal> REFUSALS = Map.of(
            HttpStatus.BAD_REQUEST, new Refusal("InvalidInput",
                    "Malformed or invalid input; `errors` names each invalid field"),
            HttpStatus.UNAUTHORIZED, new Refusal("Unauthorized",
                    "No credentials, or wrong ones (the same answer whether or not the account exists)"),
            HttpStatus.FORBIDDEN, new Refusal("Forbidden", "Outside the caller's role or communes"),
            HttpStatus.NOT_FOUND, new Refusal("NotFound", "Nothing has the id in the path"),
            HttpStatus.CONFLICT, new Refusal("RuleViolation", "A business rule refuses the request; `code` names the rule"),
            HttpStatus.UNPROCESSABLE_ENTITY, new Refusal("IdempotencyKeyReused",
                    "The `Idempotency-Key` came before with another request"),
            HttpStatus.SERVICE_UNAVAILABLE, new Refusal("NotYetConsistent",
                    "The read models did not reach the asked position in time; ask again after `Retry-After` seconds"));

    private Problems() {
    }

    /** Adds the schemas and the responses of every refusal to {@code components}. */
    static Components describe(Components components) {
        components.addSchemas(PROBLEM, new ObjectSchema()
                        .description("A refusal (RFC 9457 problem details)")
                        .addProperty("type", new StringSchema().format("uri").description("The kind of refusal"))
                        .addProperty("title", new StringSchema().description("The kind of refusal, in words"))
                        .addProperty("status", new IntegerSchema().description("The HTTP status"))
                        .addProperty("detail", new StringSchema().description("What was refused, and why"))
                        .addProperty("instance", new StringSchema().format("uri-reference").description("The path asked for"))
                        .addProperty("code", new StringSchema().description("With 409: the business rule, e.g. DUPLICATE_CODE"))
                        .addProperty("errors", new ArraySchema().items(reference(FIELD_PROBLEM))
                                .description("With 400: each invalid field"))
                        .required(List.of("type", "title", "status")))
                .addSchemas(FIELD_PROBLEM, new ObjectSchema()
                        .description("An invalid field of the request")
                        .addProperty("field", new StringSchema().description("The field, header or parameter"))
                        .addProperty("message", new StringSchema().description("What is wrong with it"))
                        .required(List.of("field", "message")));
        REFUSALS.forEach((status, refusal) -> {
            ApiResponse response = new ApiResponse().description(refusal.description())
                    .content(new Content().addMediaType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                            new MediaType().schema(reference(PROBLEM))));
            if (status == HttpStatus.SERVICE_UNAVAILABLE) {
                response.addHeaderObject(HttpHeaders.RETRY_AFTER, new Header()
                        .description("Seconds to wait before asking again").schema(new IntegerSchema()));
            }
            components.addResponses(refusal.name(), response);
        });
        return components;
    }

    /** Lets {@code operation} answer each of {@code statuses} with its problem. */
    public static void answer(Operation operation, HttpStatus... statuses) {
        for (HttpStatus status : statuses) {
            operation.getResponses().addApiResponse(String.valueOf(status.value()),
                    new ApiResponse().$ref(REFUSALS.get(status).name()));
        }
    }

    private static Schema<?> reference(String schema) {
        return new Schema<>().$ref(schema);
    }
}
