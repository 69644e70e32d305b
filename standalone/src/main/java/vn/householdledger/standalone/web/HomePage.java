package vn.householdledger.standalone.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import vn.householdledger.api.security.Role;
import vn.householdledger.platform.security.Caller;

/** The first page of each role after signing in (on the authorization server's page). */
@Controller
public class HomePage {

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
