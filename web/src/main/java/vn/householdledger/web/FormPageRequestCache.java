package vn.householdledger.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import org.springframework.http.HttpHeaders;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.SimpleSavedRequest;

/**
 * Where a person goes back to after signing in again: the page she asked for, or, when what she sent
 * was a form (her session had ended meanwhile), the page of that form, where her browser fills in what
 * she typed again (forms.js). A form's own address answers only its submission, so it cannot be the
 * way back.
 */
final class FormPageRequestCache extends HttpSessionRequestCache {

    /** The session attribute of the way back (the pages' own, apart from the authorization server's). */
    private static final String WAY_BACK = "LEDGER_PAGES_SAVED_REQUEST";

    FormPageRequestCache() {
        setSessionAttrName(WAY_BACK);
    }

    @Override
    public void saveRequest(HttpServletRequest request, HttpServletResponse response) {
        String formPage = "GET".equals(request.getMethod()) ? null : samePageReferer(request);
        if (formPage == null) {
            super.saveRequest(request, response);
        } else {
            request.getSession().setAttribute(WAY_BACK, new SimpleSavedRequest(formPage));
        }
    }

    /** The page that sent the form, when it is one of this site's. */
    private static String samePageReferer(HttpServletRequest request) {
        String referer = request.getHeader(HttpHeaders.REFERER);
        if (referer == null) {
            return null;
        }
        try {
            URI page = URI.create(referer);
            boolean sameSite = request.getServerName().equalsIgnoreCase(page.getHost()) && request.getServerPort() == port(page);
            return sameSite && page.getRawPath() != null ? page.getRawPath() + (page.getRawQuery() == null ? "" : "?" + page.getRawQuery())
                    : null;
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }

    private static int port(URI page) {
        return page.getPort() != -1 ? page.getPort() : "https".equals(page.getScheme()) ? 443 : 80;
    }
}
