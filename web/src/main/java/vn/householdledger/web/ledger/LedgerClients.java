package vn.householdledger.web.ledger;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.support.RestClientAdapter;
import org.springframework.web.service.invoker.HttpServiceProxyFactory;
import vn.householdledger.api.problem.Problem;

/**
 * The pages' HTTP clients of the two sides, declared on the contract's records: writes go to the
 * command side, reads to the query side, each call as the signed-in person (her OpenID Connect access
 * token, refreshed when it expires) and in her conversation ({@link ConversationHeaders}). A refusal
 * comes back as an {@link ApiProblem}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LedgerApiProperties.class)
public class LedgerClients {

    /** The client registration the pages sign in with, and whose token they relay. */
    public static final String REGISTRATION = "ledger";

    @Bean
    public HouseholdWrites householdWrites(RestClient.Builder builder, LedgerApiProperties properties, Context context) {
        return client(HouseholdWrites.class, builder, context, properties.commandUrl());
    }

    @Bean
    public AssistanceWrites assistanceWrites(RestClient.Builder builder, LedgerApiProperties properties, Context context) {
        return client(AssistanceWrites.class, builder, context, properties.commandUrl());
    }

    @Bean
    public HouseholdReads householdReads(RestClient.Builder builder, LedgerApiProperties properties, Context context) {
        return client(HouseholdReads.class, builder, context, properties.queryUrl());
    }

    @Bean
    public ReportReads reportReads(RestClient.Builder builder, LedgerApiProperties properties, Context context) {
        return client(ReportReads.class, builder, context, properties.queryUrl());
    }

    @Bean
    public StatisticsReads statisticsReads(RestClient.Builder builder, LedgerApiProperties properties, Context context) {
        return client(StatisticsReads.class, builder, context, properties.queryUrl());
    }

    @Bean
    public ListReads listReads(RestClient.Builder builder, LedgerApiProperties properties, Context context) {
        return client(ListReads.class, builder, context, properties.queryUrl());
    }

    @Bean
    public ReviewWrites reviewWrites(RestClient.Builder builder, LedgerApiProperties properties, Context context) {
        return client(ReviewWrites.class, builder, context, properties.commandUrl());
    }

    @Bean
    public ReviewReads reviewReads(RestClient.Builder builder, LedgerApiProperties properties, Context context) {
        return client(ReviewReads.class, builder, context, properties.queryUrl());
    }

    @Bean
    public ReferenceReads referenceReads(RestClient.Builder builder, LedgerApiProperties properties, Context context) {
        return client(ReferenceReads.class, builder, context, properties.queryUrl());
    }

    /** The imports, on a client that streams an import's file on rather than holding it in memory ({@link UploadHeaders}). */
    @Bean
    public ImportClient importClient(RestClient.Builder builder, LedgerApiProperties properties, Context context,
                                     OAuth2AuthorizedClientManager tokens) {
        Supplier<String> base = base(properties.commandUrl(), context);
        RestClient rest = builder.clone()
                .uriBuilderFactory(new ApiBase(base))
                .requestInitializer(new UploadHeaders(tokens))
                .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {
                    throw new ApiProblem(response.getStatusCode().value(), problem(response, context.json()));
                })
                .build();
        return HttpServiceProxyFactory.builderFor(RestClientAdapter.create(rest)).build().createClient(ImportClient.class);
    }

    @Bean
    public AdminWrites adminWrites(RestClient.Builder builder, LedgerApiProperties properties, Context context) {
        return client(AdminWrites.class, builder, context, properties.commandUrl());
    }

    @Bean
    public ProjectionAdmin projectionAdmin(RestClient.Builder builder, LedgerApiProperties properties, Context context) {
        return client(ProjectionAdmin.class, builder, context, properties.queryUrl());
    }

    @Bean
    public CommitteeReads committeeReads(RestClient.Builder builder, LedgerApiProperties properties, Context context) {
        return client(CommitteeReads.class, builder, context, properties.queryUrl());
    }

    /** What every client shares: the token relay, the JSON reader of problems, this process's own URL. */
    record Context(OAuth2ClientHttpRequestInterceptor relay, ObjectMapper json, Supplier<String> self) {
    }

    @Bean
    Context ledgerClientContext(OAuth2AuthorizedClientManager clients, OAuth2AuthorizedClientRepository authorized,
                                ObjectMapper json, ObjectProvider<WebServerApplicationContext> server) {
        OAuth2ClientHttpRequestInterceptor relay = new OAuth2ClientHttpRequestInterceptor(clients);
        relay.setClientRegistrationIdResolver(request -> REGISTRATION);
        // A token the API refuses (revoked, signed by a rotated key) is forgotten, so the next page signs in again.
        relay.setAuthorizationFailureHandler(OAuth2ClientHttpRequestInterceptor.authorizationFailureHandler(authorized));
        return new Context(relay, json,
                () -> "http://localhost:" + server.getObject().getWebServer().getPort());
    }

    private static Supplier<String> base(String configured, Context context) {
        return configured == null || configured.isBlank() ? context.self() : () -> configured;
    }

    private static <T> T client(Class<T> type, RestClient.Builder builder, Context context, String configured) {
        Supplier<String> base = base(configured, context);
        RestClient rest = builder.clone()
                .uriBuilderFactory(new ApiBase(base))
                .requestInterceptor(context.relay())
                .requestInterceptor(new ConversationHeaders())
                .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {
                    throw new ApiProblem(response.getStatusCode().value(), problem(response, context.json()));
                })
                .build();
        return HttpServiceProxyFactory.builderFor(RestClientAdapter.create(rest)).build().createClient(type);
    }

    private static Problem problem(ClientHttpResponse response, ObjectMapper json) throws IOException {
        MediaType type = response.getHeaders().getContentType();
        if (type == null || !(type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                || type.isCompatibleWith(MediaType.APPLICATION_JSON))) {
            return null;
        }
        try (InputStream body = response.getBody()) {
            return json.readValue(body, Problem.class);
        }
    }
}
