package vn.householdledger.platform.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import vn.householdledger.api.security.Role;

/**
 * Stateless HTTP Basic on {@code /api/**}; the health check is open; metrics and the OpenAPI
 * document are for admins. Role rules per path live here; the commune scope of a worker is
 * decided per household by {@link Caller}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LedgerSecurityProperties.class)
public class SecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);
    private static final String[] READERS_OF_LISTS = {Role.WORKER.name(), Role.AUDITOR.name(), Role.COMMITTEE.name()};

    @Bean
    public PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    public UserDetailsService ledgerAccounts(LedgerSecurityProperties properties) {
        List<LedgerAccount> accounts = properties.users().stream()
                .map(u -> new LedgerAccount(u.username(), u.password(), u.roleSet(), u.communeSet()))
                .toList();
        log.info("{} account(s) configured", accounts.size());
        return username -> accounts.stream()
                .filter(a -> a.getUsername().equals(username))
                .findFirst()
                .map(a -> new LedgerAccount(a.getUsername(), a.getPassword(), a.roles(), a.communes()))
                .orElseThrow(() -> new UsernameNotFoundException("unknown account"));
    }

    @Bean
    public SecurityFilterChain apiSecurity(HttpSecurity http, ObjectMapper objectMapper) throws Exception {
        http.securityMatcher("/api/**", "/actuator/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(basic -> basic.authenticationEntryPoint((request, response, e) ->
                        writeProblem(response, objectMapper, HttpStatus.UNAUTHORIZED, "Unauthorized",
                                "Missing or wrong credentials")))
                .exceptionHandling(ex -> ex
                        .authenticationEntryPoint((request, response, e) ->
                                writeProblem(response, objectMapper, HttpStatus.UNAUTHORIZED, "Unauthorized",
                                        "Missing or wrong credentials"))
                        .accessDeniedHandler((request, response, e) ->
                                writeProblem(response, objectMapper, HttpStatus.FORBIDDEN, "Forbidden",
                                        "The account's role does not allow this")))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/actuator/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").hasRole(Role.ADMIN.name())
                        .requestMatchers("/api/admin/**").hasRole(Role.ADMIN.name())
                        .requestMatchers(HttpMethod.POST, "/api/communes").hasRole(Role.ADMIN.name())
                        .requestMatchers(HttpMethod.PUT, "/api/communes/**", "/api/targets/**").hasRole(Role.ADMIN.name())
                        .requestMatchers(HttpMethod.GET, "/api/communes", "/api/communes/**", "/api/standards").authenticated()
                        .requestMatchers(HttpMethod.POST, "/api/households", "/api/households/**", "/api/assessments/preview")
                        .hasRole(Role.WORKER.name())
                        .requestMatchers(HttpMethod.GET, "/api/households/**").hasAnyRole(Role.WORKER.name(), Role.AUDITOR.name())
                        .requestMatchers(HttpMethod.GET, "/api/audit/**").hasRole(Role.AUDITOR.name())
                        .requestMatchers(HttpMethod.GET, "/api/poverty-list", "/api/statistics/**", "/api/escapes",
                                "/api/targets/**").hasAnyRole(READERS_OF_LISTS)
                        .anyRequest().denyAll());
        return http.build();
    }

    /**
     * What the firewall refuses (an encoded semicolon, a {@code TRACE}, also when Tomcat forwards its
     * own refusal of one to the error page) is answered as a problem rather than an empty 400.
     */
    @Bean
    public RequestRejectedHandler problemForRejectedRequests(ObjectMapper objectMapper) {
        return (request, response, e) -> writeProblem(response, objectMapper, HttpStatus.BAD_REQUEST, "Malformed request",
                "The request was refused before it reached the service");
    }

    static void writeProblem(HttpServletResponse response, ObjectMapper mapper, HttpStatus status, String title,
                             String detail) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setType(URI.create("https://householdledger.vn/problems/" + title.toLowerCase().replace(' ', '-')));
        if (status == HttpStatus.UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"household-ledger\"");
        }
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        mapper.writeValue(response.getOutputStream(), problem);
    }
}
