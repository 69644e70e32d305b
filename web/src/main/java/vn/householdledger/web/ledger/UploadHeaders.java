package vn.householdledger.web.ledger;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.client.ClientHttpRequest;
import org.springframework.http.client.ClientHttpRequestInitializer;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import vn.householdledger.api.http.LedgerHeaders;

/**
 * What each import call carries, set before its body is written so that nothing holds the body back: the
 * signed-in person's access token (refreshed by the client manager when it has expired), her language and
 * the form's {@code Idempotency-Key}. An interceptor would do the same but keeps the whole body in memory
 * first, and an import's file may be tens of megabytes.
 */
class UploadHeaders implements ClientHttpRequestInitializer {

    private final OAuth2AuthorizedClientManager tokens;

    UploadHeaders(OAuth2AuthorizedClientManager tokens) {
        this.tokens = tokens;
    }

    @Override
    public void initialize(ClientHttpRequest request) {
        HttpHeaders headers = request.getHeaders();
        OAuth2AuthorizedClient client = tokens.authorize(OAuth2AuthorizeRequest.withClientRegistrationId(LedgerClients.REGISTRATION)
                .principal(SecurityContextHolder.getContext().getAuthentication()).build());
        if (client != null) {
            headers.setBearerAuth(client.getAccessToken().getTokenValue());
        }
        headers.set(HttpHeaders.ACCEPT_LANGUAGE, LocaleContextHolder.getLocale().toLanguageTag());
        String key = ConversationHeaders.formKey();
        if (key != null) {
            headers.set(LedgerHeaders.IDEMPOTENCY_KEY, key);
        }
    }
}
