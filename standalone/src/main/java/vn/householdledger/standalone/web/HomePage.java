package vn.householdledger.standalone.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import vn.householdledger.api.security.Role;
import vn.householdledger.platform.security.Caller;

/** The sign-in form, and the first page of each role after it. */
@Controller
public class HomePage {

    @GetMapping("/login")
    public String login() {
        return "login";
    }

    @GetMapping("/")
    public String home() {
        Caller caller = Caller.current();
        if (caller.is(Role.WORKER)) {
            return "redirect:/households";
        }
        if (caller.is(Role.AUDITOR)) {
            return "redirect:/audit/assistance";
        }
        if (caller.is(Role.COMMITTEE)) {
            return "redirect:/statistics";
        }
        return "home";
    }
}
