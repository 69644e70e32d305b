package vn.householdledger.auth;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in form: {@code ?error} after a wrong account or password, {@code ?logout} after signing out. */
@Controller
public class SignInPage {

    @GetMapping("/login")
    public String signIn() {
        return "auth/login";
    }
}
