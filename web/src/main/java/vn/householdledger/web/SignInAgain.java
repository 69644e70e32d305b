package vn.householdledger.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.savedrequest.RequestCache;

/**
 * A form sent after its session ended carries a CSRF token no session knows: that is no attack but a
 * person to sign in again, and back to her form's page afterwards. Every other refusal stays a 403.
 */
final class SignInAgain implements AccessDeniedHandler {

    private final RequestCache wayBack;
    private final AccessDeniedHandler forbidden = new AccessDeniedHandlerImpl();

    SignInAgain(RequestCache wayBack) {
        this.wayBack = wayBack;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException, ServletException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        boolean signedOut = auth == null || auth instanceof AnonymousAuthenticationToken;
        if (denied instanceof CsrfException && signedOut) {
            wayBack.saveRequest(request, response);
            response.sendRedirect(request.getContextPath() + WebSecurity.SIGN_IN);
        } else {
            forbidden.handle(request, response, denied);
        }
    }
}
