package vn.householdledger.standalone.web;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.DefaultSecurityFilterChain;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import vn.householdledger.api.security.Role;

/**
 * Sign-in for the pages: a form and a session, with CSRF tokens on every form, for the same accounts
 * and roles as the API. The API keeps its own stateless HTTP Basic chain; this chain takes every
 * request that one does not, whatever order the two are consulted in. Which households and communes
 * an account sees is decided, as for the API, by the query side's controllers through {@code Caller}.
 */
@Configuration(proxyBeanMethods = false)
public class PageSecurity {

    private static final String WORKER = Role.WORKER.name();
    private static final String AUDITOR = Role.AUDITOR.name();
    private static final String COMMITTEE = Role.COMMITTEE.name();

    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    public SecurityFilterChain pageFilterChain(HttpSecurity http, @Qualifier("apiSecurity") SecurityFilterChain api)
            throws Exception {
        http.securityMatcher(new NegatedRequestMatcher(((DefaultSecurityFilterChain) api).getRequestMatcher()))
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll())
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/error").permitAll()
                        .requestMatchers(HttpMethod.POST, "/households/**").hasRole(WORKER)
                        .requestMatchers("/households/**").hasAnyRole(WORKER, AUDITOR)
                        .requestMatchers("/statistics/**", "/escapes", "/poverty-list").hasAnyRole(WORKER, AUDITOR, COMMITTEE)
                        .requestMatchers("/audit/**").hasRole(AUDITOR)
                        .anyRequest().authenticated());
        return http.build();
    }
}
