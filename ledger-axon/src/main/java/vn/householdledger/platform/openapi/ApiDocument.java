package vn.householdledger.platform.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;

/**
 * The OpenAPI document at {@code /v3/api-docs}: what the API is for, how a caller signs in, and the
 * refusals every operation may answer. Each side adds what its own operations promise beside the
 * code that keeps the promise (idempotent writes, consistent reads).
 */
@Configuration(proxyBeanMethods = false)
public class ApiDocument {

    private static final String BASIC = "basic";
    private static final String BEARER = "bearer";

    private static final String DESCRIPTION = """
            An event-sourced case file for every poor and near-poor household of a district, kept commune by \
            commune, for the people who run Vietnam's sustainable poverty-reduction programme: social workers \
            record what happens to their communes' households, auditors replay any household's history, the \
            steering committee reads lists and statistics.

            A write answers once its events are durable, with `X-Event-Position`, the global position of its \
            last event; with an `Idempotency-Key`, the same request answers its first answer again and writes \
            nothing. Reads are eventually consistent: `X-Consistency: wait` or `X-Event-Position` make a read \
            wait for the writes before it. Every refusal is `application/problem+json` (RFC 9457) and writes \
            nothing.""";

    @Bean
    public OpenAPI householdLedgerApi(@Value("${ledger.version}") String version) {
        return new OpenAPI()
                .info(new Info().title("Household Ledger API").version(version).description(DESCRIPTION))
                .addServersItem(new Server().url("/").description("The service that serves this document"))
                .components(Problems.describe(new Components()
                        .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("The account's name and password"))
                        .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .bearerFormat("JWT")
                                .description("An access token of the ledger's OAuth2 authorization server, which is"
                                        + " yet to come: until it does, the service accepts HTTP Basic only"))))
                .addSecurityItem(new SecurityRequirement().addList(BASIC))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }

    /**
     * Every operation may be malformed, unauthenticated or forbidden; one that names a resource in its
     * path may find none; a write may break a business rule.
     */
    @Bean
    public OpenApiCustomizer refusalsOfEveryOperation() {
        return api -> api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            Problems.answer(operation, HttpStatus.BAD_REQUEST, HttpStatus.UNAUTHORIZED, HttpStatus.FORBIDDEN);
            if (path.contains("{")) {
                Problems.answer(operation, HttpStatus.NOT_FOUND);
            }
            if (method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT) {
                Problems.answer(operation, HttpStatus.CONFLICT);
            }
        }));
    }
}
