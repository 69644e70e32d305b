package vn.householdledger.platform.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationConverter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import vn.householdledger.api.security.Role;
import vn.householdledger.platform.i18n.Messages;

/**
 * Stateless on {@code /api/**}: bearer tokens (JWTs of the configured issuer, when there is a
 * {@link JwtDecoder}: {@code spring.security.oauth2.resourceserver.jwt.issuer-uri} and/or
 * {@code jwk-set-uri}, or the authorization server in the same process) and HTTP Basic for scripts.
 * The health check is open; metrics and the OpenAPI document are for admins. HTTP Basic is throttled
 * ({@link SignInThrottle}): an account or address that failed too often is answered {@code 429}. Role rules per path
 * live here; the commune scope of a worker is decided per household by {@link Caller}.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);
    private static final String BASIC = "Basic realm=\"household-ledger\"";
    private static final String[] READERS_OF_LISTS = {Role.WORKER.name(), Role.AUDITOR.name(), Role.COMMITTEE.name()};
    private static final String[] READERS_OF_LISTS_AND_ADMIN = {Role.WORKER.name(), Role.AUDITOR.name(), Role.COMMITTEE.name(),
            Role.ADMIN.name()};
    /** The commune's workers and chair, auditors and the committee read the reviews (API.md, "Reviews"). */
    private static final String[] READERS_OF_REVIEWS = {Role.WORKER.name(), Role.CHAIR.name(), Role.AUDITOR.name(),
            Role.COMMITTEE.name()};

    /** Ahead of a chain that takes every other request (the pages' where they run in the same process). */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 1)
    public SecurityFilterChain apiSecurity(HttpSecurity http, ObjectMapper objectMapper, ObjectProvider<JwtDecoder> jwtDecoder,
                                           TokenClaims claims, SignInThrottle throttle) throws Exception {
        JwtDecoder decoder = jwtDecoder.getIfAvailable();
        AuthenticationEntryPoint unauthorized = (request, response, e) -> {
            if (e instanceof OAuth2AuthenticationException refused) {
                // Why a token was refused (expired, another issuer, a bad signature): never the token itself.
                log.info("Refused a bearer token: {}", refused.getError().getDescription());
            }
            writeProblem(request, response, objectMapper, HttpStatus.UNAUTHORIZED, "unauthorized", "problem.unauthorized",
                    challenges(decoder != null, e));
        };
        if (decoder != null) {
            log.info("The API accepts bearer tokens (JWT) and HTTP Basic");
            http.oauth2ResourceServer(resource -> resource
                    .jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(token ->
                            new CallerAuthentication(claims.callerOf(token.getClaims()), token)))
                    .authenticationEntryPoint(unauthorized));
        } else {
            log.info("The API accepts HTTP Basic only: no issuer of bearer tokens is configured");
        }
        http.securityMatcher("/api/**", "/actuator/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
                .addFilterBefore(throttle.filter(SecurityConfiguration::basicAccount, (request, response, seconds) ->
                        writeProblem(request, response, objectMapper, HttpStatus.TOO_MANY_REQUESTS, "too-many-sign-ins",
                                "problem.tooManySignIns", List.of(), seconds)), BasicAuthenticationFilter.class)
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(basic -> basic.authenticationEntryPoint(unauthorized))
                .exceptionHandling(ex -> ex
                        .authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler((request, response, e) ->
                                writeProblem(request, response, objectMapper, HttpStatus.FORBIDDEN, "forbidden",
                                        "forbidden.access")))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/actuator/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").hasRole(Role.ADMIN.name())
                        .requestMatchers(HttpMethod.GET, "/api/admin/**").hasRole(Role.ADMIN.name())
                        .requestMatchers(HttpMethod.POST, "/api/admin/**").hasRole(Role.ADMIN.name())
                        .requestMatchers(HttpMethod.POST, "/api/communes", "/api/provinces", "/api/units/changes").hasRole(Role.ADMIN.name())
                        .requestMatchers(HttpMethod.PUT, "/api/communes/**", "/api/targets/**").hasRole(Role.ADMIN.name())
                        .requestMatchers(HttpMethod.GET, "/api/communes", "/api/communes/**", "/api/standards", "/api/units").authenticated()
                        .requestMatchers(HttpMethod.POST, "/api/households", "/api/households/**", "/api/assessments/preview")
                        .hasRole(Role.WORKER.name())
                        // The admin's preview of a change of units counts each unit's households and listed households.
                        .requestMatchers(HttpMethod.GET, "/api/households").hasAnyRole(Role.WORKER.name(), Role.AUDITOR.name(),
                                Role.ADMIN.name())
                        .requestMatchers(HttpMethod.GET, "/api/poverty-list").hasAnyRole(READERS_OF_LISTS_AND_ADMIN)
                        .requestMatchers(HttpMethod.GET, "/api/households/**").hasAnyRole(Role.WORKER.name(), Role.AUDITOR.name())
                        .requestMatchers("/api/imports", "/api/imports/**").hasRole(Role.WORKER.name())
                        .requestMatchers(HttpMethod.GET, "/api/audit/**").hasRole(Role.AUDITOR.name())
                        .requestMatchers(HttpMethod.GET, "/api/poverty-list", "/api/statistics/**", "/api/escapes", "/api/escape-pledges",
                                "/api/targets/**", "/api/reports/**").hasAnyRole(READERS_OF_LISTS)
                        .requestMatchers(HttpMethod.POST, "/api/reviews/*/decision").hasRole(Role.CHAIR.name())
                        .requestMatchers(HttpMethod.POST, "/api/reviews", "/api/reviews/**").hasRole(Role.WORKER.name())
                        .requestMatchers(HttpMethod.GET, "/api/reviews", "/api/reviews/**").hasAnyRole(READERS_OF_REVIEWS)
                        .anyRequest().denyAll());
        return http.build();
    }

    /**
     * What the firewall refuses (an encoded semicolon, a {@code TRACE}, also when Tomcat forwards its
     * own refusal of one to the error page) is answered as a problem rather than an empty 400.
     */
    @Bean
    public RequestRejectedHandler problemForRejectedRequests(ObjectMapper objectMapper) {
        return (request, response, e) -> writeProblem(request, response, objectMapper, HttpStatus.BAD_REQUEST,
                "malformed-request", "problem.refusedBeforeService");
    }

    /** The account an HTTP Basic attempt names; null for any other request (a bearer token is no guess of a password). */
    private static String basicAccount(HttpServletRequest request) {
        try {
            UsernamePasswordAuthenticationToken basic = new BasicAuthenticationConverter().convert(request);
            return basic == null ? null : basic.getName();
        } catch (AuthenticationException malformed) {
            return null;
        }
    }

    /** The ways to authenticate, Basic first; a refused token is named as such (RFC 6750). */
    private static List<String> challenges(boolean bearer, AuthenticationException e) {
        if (!bearer) {
            return List.of(BASIC);
        }
        return List.of(BASIC, e instanceof OAuth2AuthenticationException
                ? "Bearer realm=\"household-ledger\", error=\"invalid_token\"" : "Bearer realm=\"household-ledger\"");
    }

    static void writeProblem(HttpServletRequest request, HttpServletResponse response, ObjectMapper mapper, HttpStatus status,
                             String type, String detailKey) throws IOException {
        writeProblem(request, response, mapper, status, type, detailKey, List.of());
    }

    /** A problem of {@code type}, its title and the message {@code detailKey} (of {@code detailArgs}) in the language the request asks for. */
    static void writeProblem(HttpServletRequest request, HttpServletResponse response, ObjectMapper mapper, HttpStatus status,
                             String type, String detailKey, List<String> challenges, Object... detailArgs) throws IOException {
        Locale locale = Messages.of(request.getHeader("Accept-Language"));
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, Messages.render(locale, detailKey, detailArgs));
        problem.setTitle(Messages.render(locale, "problem.title." + type));
        problem.setType(URI.create("https://householdledger.vn/problems/" + type));
        challenges.forEach(challenge -> response.addHeader("WWW-Authenticate", challenge));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        mapper.writeValue(response.getOutputStream(), problem);
    }
}
