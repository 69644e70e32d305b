package vn.householdledger.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.security.oauth2.client.OAuth2ClientProperties;
import org.springframework.boot.autoconfigure.security.oauth2.client.OAuth2ClientPropertiesMapper;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.AuthorizationCodeOAuth2AuthorizedClientProvider;
import org.springframework.security.oauth2.client.DelegatingOAuth2AuthorizedClientProvider;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.RefreshTokenOAuth2AuthorizedClientProvider;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import vn.householdledger.api.http.PagePolicy;
import vn.householdledger.api.security.ClaimNames;
import vn.householdledger.api.security.Role;
import vn.householdledger.web.ledger.LedgerClients;

/**
 * Sign-in for the pages: an OpenID Connect client ({@code ledger}, registered at the authorization
 * server as {@code ledger-web}) of the issuer {@code ledger.auth.issuer}, with a session and CSRF
 * tokens on every form. A stranger is sent to the authorization server's sign-in page; signing out
 * ends the pages' session, then the authorization server's ({@code /connect/logout}), and comes back
 * to {@code /login?logout}. The signed-in person's access token is kept fresh ({@link AccessTokens})
 * and relayed on every call of the API, which decides what she may see. This chain comes last: where
 * the API and the authorization server run in the same process, their own chains take their paths.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OAuth2ClientProperties.class)
public class WebSecurity {

    static final String SIGN_IN = "/oauth2/authorization/" + LedgerClients.REGISTRATION;
    private static final String WORKER = Role.WORKER.name();
    private static final String AUDITOR = Role.AUDITOR.name();
    private static final String COMMITTEE = Role.COMMITTEE.name();
    private static final String CHAIR = Role.CHAIR.name();
    private static final String ADMIN = Role.ADMIN.name();
    /** The worker's forms of a review: the chair decides on the review's own page and never sees these. */
    private static final String[] REVIEW_FORMS = {"/reviews/new", "/reviews/*/households/new", "/reviews/*/households/*/survey",
            "/reviews/*/meetings/new", "/reviews/*/posting/new", "/reviews/*/complaints/new",
            "/reviews/*/complaints/*/resolution/new"};

    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    public SecurityFilterChain pageFilterChain(HttpSecurity http, ClientRegistrationRepository clients, ClaimNames claims,
                                               OAuth2AuthorizedClientManager tokens,
                                               @Value("${ledger.web.shares-session-with-issuer:false}") boolean sharesSession)
            throws Exception {
        FormPageRequestCache wayBack = new FormPageRequestCache();
        OidcClientInitiatedLogoutSuccessHandler endBoth = new OidcClientInitiatedLogoutSuccessHandler(clients);
        endBoth.setPostLogoutRedirectUri("{baseUrl}/login?logout");
        http.oauth2Login(login -> login.loginPage(SIGN_IN)
                        .userInfoEndpoint(user -> user.oidcUserService(new SignedInPeople(claims))))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessHandler(endBoth))
                .requestCache(cache -> cache.requestCache(wayBack))
                .exceptionHandling(denied -> denied.accessDeniedHandler(new SignInAgain(wayBack)))
                .addFilterBefore(new AccessTokens(tokens, wayBack), AuthorizationFilter.class)
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(PagePolicy.CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/error",
                                "/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers(HttpMethod.POST, "/households/**").hasRole(WORKER)
                        .requestMatchers("/imports", "/imports/**").hasRole(WORKER)
                        .requestMatchers("/households/**").hasAnyRole(WORKER, AUDITOR)
                        .requestMatchers("/statistics/**", "/reports/**", "/escapes", "/poverty-list", "/targets", "/escape-pledges")
                                .hasAnyRole(WORKER, AUDITOR, COMMITTEE)
                        .requestMatchers(HttpMethod.POST, "/reviews/*/decision").hasRole(CHAIR)
                        .requestMatchers(HttpMethod.POST, "/reviews/**").hasRole(WORKER)
                        .requestMatchers(REVIEW_FORMS).hasRole(WORKER)
                        .requestMatchers("/reviews/**").hasAnyRole(WORKER, CHAIR, COMMITTEE, AUDITOR)
                        .requestMatchers("/audit/**").hasRole(AUDITOR)
                        .requestMatchers("/admin/**").hasRole(ADMIN)
                        .requestMatchers("/actuator/**").denyAll()
                        .anyRequest().authenticated());
        if (sharesSession) {
            // In one process the pages share the authorization server's session, whose id its sign-in has just
            // changed; changing it again would part the session from the ID token's sid, and signing out there
            // would be refused. Pages served apart from the issuer keep Spring's default.
            http.sessionManagement(session -> session.sessionFixation(fixation -> fixation.none()));
        }
        return http.build();
    }

    /** The claims of the identity token that name the person, her roles and her communes ({@code ledger.security.jwt.*}). */
    @Bean
    public ClaimNames identityClaims(Environment environment) {
        return Binder.get(environment).bind("ledger.security.jwt", ClaimNames.class).orElse(ClaimNames.LEDGER);
    }

    /**
     * The client registrations of {@code spring.security.oauth2.client.*}, their provider's endpoints
     * given there (not discovered: in one process the issuer does not answer yet while beans are
     * made), and each one's ID tokens checked to name the issuer, whose sign-out endpoint is
     * {@code /connect/logout}.
     */
    @Bean
    public ClientRegistrationRepository clientRegistrationRepository(OAuth2ClientProperties properties,
                                                                     @Value("${ledger.auth.issuer}") String issuer,
                                                                     @Value("${ledger.auth.end-session-uri:${ledger.auth.issuer}/connect/logout}") String endSession) {
        Map<String, ClientRegistration> registrations = new LinkedHashMap<>();
        new OAuth2ClientPropertiesMapper(properties).asClientRegistrations().forEach((id, registration) ->
                registrations.put(id, ClientRegistration.withClientRegistration(registration).issuerUri(issuer)
                        .providerConfigurationMetadata(Map.of("end_session_endpoint", endSession)).build()));
        return new InMemoryClientRegistrationRepository(registrations);
    }

    /**
     * Gets, and refreshes when it has expired, the signed-in person's access token. A refresh also
     * brings a new ID token: it is told, so that the signed-in person carries it (signing out names
     * the session by the ID token the authorization server holds now).
     */
    @Bean
    public OAuth2AuthorizedClientManager authorizedClientManager(ClientRegistrationRepository clients,
                                                                 OAuth2AuthorizedClientRepository authorizedClients,
                                                                 ApplicationEventPublisher events) {
        RefreshTokenOAuth2AuthorizedClientProvider refresh = new RefreshTokenOAuth2AuthorizedClientProvider();
        refresh.setApplicationEventPublisher(events);
        DefaultOAuth2AuthorizedClientManager manager = new DefaultOAuth2AuthorizedClientManager(clients, authorizedClients);
        manager.setAuthorizedClientProvider(new DelegatingOAuth2AuthorizedClientProvider(
                new AuthorizationCodeOAuth2AuthorizedClientProvider(), refresh));
        return manager;
    }
}
