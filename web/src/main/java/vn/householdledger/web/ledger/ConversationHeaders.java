package vn.householdledger.web.ledger;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import vn.householdledger.api.http.LedgerHeaders;

/**
 * What each call carries from the page it serves: the reader's language; for a write, the form's
 * {@code Idempotency-Key} (a double click or a resent form writes once); for a read, the position of
 * the person's latest write. The position a write answers is remembered for her next reads. Every call
 * also passes on where the person's request came from, as a proxy does ({@code X-Forwarded-For}: what
 * reached the pages, then the address they saw): the API takes it only when it trusts the pages'
 * address ({@code ledger.http.trusted-proxies}), so that its read audit and events name the person's
 * address rather than the pages'.
 */
class ConversationHeaders implements ClientHttpRequestInterceptor {

    /** The hidden field of every form that carries its idempotency key. */
    static final String FORM_KEY = "idempotencyKey";
    private static final String FORWARDED_FOR = "X-Forwarded-For";

    @Override
    public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
            throws IOException {
        HttpHeaders headers = request.getHeaders();
        headers.set(HttpHeaders.ACCEPT_LANGUAGE, LocaleContextHolder.getLocale().toLanguageTag());
        String forwarded = forwardedFor();
        if (forwarded != null) {
            headers.set(FORWARDED_FOR, forwarded);
        }
        if (request.getMethod() == HttpMethod.GET) {
            Long position = ReadPosition.toRead();
            if (position != null) {
                headers.set(LedgerHeaders.EVENT_POSITION, position.toString());
            }
        } else {
            String key = formKey();
            if (key != null) {
                headers.set(LedgerHeaders.IDEMPOTENCY_KEY, key);
            }
        }
        ClientHttpResponse response = execution.execute(request, body);
        String written = response.getHeaders().getFirst(LedgerHeaders.EVENT_POSITION);
        if (request.getMethod() != HttpMethod.GET && written != null && response.getStatusCode().is2xxSuccessful()) {
            ReadPosition.wrote(Long.parseLong(written));
        }
        return response;
    }

    /** The page's request's forwarded addresses followed by its remote address; null off a page's request. */
    static String forwardedFor() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes page) {
            HttpServletRequest person = page.getRequest();
            String before = person.getHeader(FORWARDED_FOR);
            return before == null || before.isBlank() ? person.getRemoteAddr() : before + ", " + person.getRemoteAddr();
        }
        return null;
    }

    static String formKey() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes page) {
            HttpServletRequest form = page.getRequest();
            String key = form.getParameter(FORM_KEY);
            return key == null || key.isBlank() ? null : key;
        }
        return null;
    }
}
