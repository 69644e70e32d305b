package vn.householdledger.standalone.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.security.oauth2.client.OAuth2ClientProperties;
import org.springframework.boot.autoconfigure.security.oauth2.client.OAuth2ClientPropertiesMapper;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
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
import org.springframework.security.web.DefaultSecurityFilterChain;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import vn.householdledger.api.security.Role;
import vn.householdledger.platform.security.TokenClaims;

/**
 * Sign-in for the pages: an OpenID Connect client ({@code ledger}, registered at the authorization
 * server as {@code ledger-web}) of the issuer {@code ledger.auth.issuer}, with a session and CSRF
 * tokens on every form. A stranger is sent to the authorization server's sign-in page; signing out
 * ends the pages' session, then the authorization server's ({@code /connect/logout}), and comes back
 * to {@code /login?logout}. The signed-in person's access token is kept fresh ({@link AccessTokens}).
 * The API keeps its own stateless chain; this chain takes every request that one does not, after the
 * authorization server's. Which households and communes a person sees is decided, as for the API,
 * by the query side's controllers through {@code Caller}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OAuth2ClientProperties.class)
public class PageSecurity {

    /** The pages' client registration: {@code spring.security.oauth2.client.registration.ledger}. */
    public static final String CLIENT = "ledger";
    static final String SIGN_IN = "/oauth2/authorization/" + CLIENT;
    private static final String WORKER = Role.WORKER.name();
    private static final String AUDITOR = Role.AUDITOR.name();
    private static final String COMMITTEE = Role.COMMITTEE.name();

    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    public SecurityFilterChain pageFilterChain(HttpSecurity http, @Qualifier("apiSecurity") SecurityFilterChain api,
                                               ClientRegistrationRepository clients, TokenClaims claims,
                                               OAuth2AuthorizedClientManager tokens) throws Exception {
        OidcClientInitiatedLogoutSuccessHandler endBoth = new OidcClientInitiatedLogoutSuccessHandler(clients);
        endBoth.setPostLogoutRedirectUri("{baseUrl}/login?logout");
        http.securityMatcher(new NegatedRequestMatcher(((DefaultSecurityFilterChain) api).getRequestMatcher()))
                .oauth2Login(login -> login.loginPage(SIGN_IN)
                        .userInfoEndpoint(user -> user.oidcUserService(new SignedInPeople(claims))))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessHandler(endBoth))
                // In this process the pages share the authorization server's session, whose id its sign-in has
                // just changed; changing it again would part the session from the ID token's sid, and signing
                // out there would be refused. Pages served apart from the issuer keep Spring's default.
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.none()))
                .addFilterBefore(new AccessTokens(tokens), AuthorizationFilter.class)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/error").permitAll()
                        .requestMatchers(HttpMethod.POST, "/households/**").hasRole(WORKER)
                        .requestMatchers("/households/**").hasAnyRole(WORKER, AUDITOR)
                        .requestMatchers("/statistics/**", "/escapes", "/poverty-list").hasAnyRole(WORKER, AUDITOR, COMMITTEE)
                        .requestMatchers("/audit/**").hasRole(AUDITOR)
                        .anyRequest().authenticated());
        return http.build();
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
