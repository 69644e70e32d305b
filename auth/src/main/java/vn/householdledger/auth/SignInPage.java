package vn.householdledger.auth;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The sign-in form: {@code ?error} after a wrong account or password, {@code ?logout} after signing out;
 * and, for an attempt the throttle refused, the form again with {@code 429} and how long to wait.
 */
@Controller
public class SignInPage {

    /** Where the throttle forwards a refused attempt, with the seconds to wait in {@link #RETRY_AFTER}. */
    static final String THROTTLED = "/auth/throttled";
    static final String RETRY_AFTER = SignInPage.class.getName() + ".retryAfter";

    @GetMapping("/login")
    public String signIn() {
        return "auth/login";
    }

    @RequestMapping(THROTTLED)
    public String throttled(HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        model.addAttribute("retryAfter", request.getAttribute(RETRY_AFTER));
        return "auth/login";
    }
}
