package vn.householdledger.auth;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configurers.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import vn.householdledger.api.http.PagePolicy;
import vn.householdledger.api.security.ClaimNames;
import vn.householdledger.platform.security.Caller;
import vn.householdledger.platform.security.LedgerAccount;
import vn.householdledger.platform.security.SignInThrottle;

/**
 * Spring Authorization Server with OpenID Connect, at {@code ledger.auth.issuer}: its protocol
 * endpoints ({@code /oauth2/*}, {@code /.well-known/*}, {@code /userinfo}, {@code /connect/logout})
 * and its sign-in page {@code /login}, in one filter chain ahead of every other; its sign-in is throttled
 * ({@link SignInThrottle}) with the same counts as HTTP Basic on the API. Its clients are
 * configured as Spring Boot's {@code spring.security.oauth2.authorizationserver.client.*}. Its session
 * keeps its sign-in under attributes of its own, so that in one process with the pages, whose own
 * sign-in is an OpenID Connect client of this server, the two never mix.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AuthProperties.class)
public class AuthorizationServer {

    /** The session attributes of the server's own sign-in and of the request that led to it. */
    static final String SECURITY_CONTEXT = "LEDGER_AUTH_SECURITY_CONTEXT";
    static final String SAVED_REQUEST = "LEDGER_AUTH_SAVED_REQUEST";
    private static final Logger log = LoggerFactory.getLogger(AuthorizationServer.class);
    private static final RequestMatcher SIGN_IN = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/login");

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    public SecurityFilterChain authorizationServerChain(HttpSecurity http, AuthProperties properties, SignInThrottle throttle)
            throws Exception {
        OAuth2AuthorizationServerConfigurer server = OAuth2AuthorizationServerConfigurer.authorizationServer();
        HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();
        sessions.setSpringSecurityContextKey(SECURITY_CONTEXT);
        HttpSessionRequestCache requests = new HttpSessionRequestCache();
        requests.setSessionAttrName(SAVED_REQUEST);
        http.securityMatchers(m -> m.requestMatchers(server.getEndpointsMatcher()).requestMatchers("/login", "/auth/**"))
                .with(server, s -> s.oidc(Customizer.withDefaults()))
                .securityContext(c -> c.securityContextRepository(
                        new DelegatingSecurityContextRepository(new RequestAttributeSecurityContextRepository(), sessions)))
                .requestCache(c -> c.requestCache(requests))
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl(properties.afterSignIn(), false))
                // An account or address that failed too often gets the form again, with 429 and how long to wait.
                .addFilterBefore(throttle.filter(AuthorizationServer::signInAccount, (request, response, seconds) -> {
                    request.setAttribute(SignInPage.RETRY_AFTER, seconds);
                    request.getRequestDispatcher(SignInPage.THROTTLED).forward(request, response);
                }), UsernamePasswordAuthenticationFilter.class)
                .authorizeHttpRequests(a -> a.requestMatchers("/login", "/auth/**").permitAll().anyRequest().authenticated())
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(PagePolicy.CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
                // A person asking the authorization endpoint in a browser signs in first.
                .exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
                        new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
        return http.build();
    }

    /** The account a sent sign-in form names; null for any other request. */
    private static String signInAccount(HttpServletRequest request) {
        if (!SIGN_IN.matches(request)) {
            return null;
        }
        String username = request.getParameter("username");
        return username == null ? "" : username;
    }

    @Bean
    public AuthorizationServerSettings authorizationServerSettings(AuthProperties properties) {
        log.info("Authorization server: tokens are issued by {}", properties.issuer());
        return AuthorizationServerSettings.builder().issuer(properties.issuer()).build();
    }

    /** The account, its roles, its communes and its provinces, in both the access token and the ID token. */
    @Bean
    public OAuth2TokenCustomizer<JwtEncodingContext> ledgerClaims() {
        return context -> {
            boolean token = OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())
                    || OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue());
            if (token && context.getPrincipal().getPrincipal() instanceof LedgerAccount account) {
                Caller caller = account.caller();
                context.getClaims()
                        .claim(ClaimNames.LEDGER.usernameClaim(), caller.username())
                        .claim(ClaimNames.LEDGER.rolesClaim(), sorted(caller.roles().stream().map(Enum::name)))
                        .claim(ClaimNames.LEDGER.communesClaim(), sorted(caller.communes().stream()))
                        .claim(ClaimNames.LEDGER.provincesClaim(), sorted(caller.provinces().stream()));
            }
        };
    }

    /**
     * An ArrayList: a token's claims are kept with its authorization in PostgreSQL ({@link Authorizations}), whose
     * JSON reads back only the collections Spring Security allows (not {@code Stream.toList()}'s).
     */
    private static List<String> sorted(Stream<String> values) {
        return values.sorted().collect(Collectors.toCollection(ArrayList::new));
    }

    /** Which session each ID token was issued in ({@code sid}), so that signing out ends that session. */
    @Bean
    public SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the session registry of sessions that end or change their id. */
    @Bean
    public HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }
}
