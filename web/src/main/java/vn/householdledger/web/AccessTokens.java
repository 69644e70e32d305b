package vn.householdledger.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.householdledger.web.ledger.LedgerClients;

/**
 * Keeps the signed-in person's access token (the authorized client {@code ledger}, which a client of
 * the API relays) fresh: an expired one is refreshed with the refresh token. When that fails (the
 * authorization server forgot or refused it), the person is signed out here and sent to sign in again,
 * and then back to the page she was on.
 */
final class AccessTokens extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(AccessTokens.class);

    private final OAuth2AuthorizedClientManager tokens;
    private final RequestCache wayBack;

    AccessTokens(OAuth2AuthorizedClientManager tokens, RequestCache wayBack) {
        this.tokens = tokens;
        this.wayBack = wayBack;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth instanceof OAuth2AuthenticationToken person && fresh(person, request, response) == null) {
            new SecurityContextLogoutHandler().logout(request, response, person);
            wayBack.saveRequest(request, response);
            response.sendRedirect(request.getContextPath() + WebSecurity.SIGN_IN);
            return;
        }
        chain.doFilter(request, response);
    }

    private OAuth2AuthorizedClient fresh(OAuth2AuthenticationToken person, HttpServletRequest request, HttpServletResponse response) {
        try {
            OAuth2AuthorizedClient client = tokens.authorize(OAuth2AuthorizeRequest.withClientRegistrationId(LedgerClients.REGISTRATION)
                    .principal(person)
                    .attribute(HttpServletRequest.class.getName(), request)
                    .attribute(HttpServletResponse.class.getName(), response)
                    .build());
            if (client == null) {
                log.info("{} has no access token any more; signing in again", person.getName());
            }
            return client;
        } catch (OAuth2AuthorizationException refused) {
            log.info("The access token of {} could not be refreshed ({}); signing in again", person.getName(),
                    refused.getError().getErrorCode());
            return null;
        }
    }
}
