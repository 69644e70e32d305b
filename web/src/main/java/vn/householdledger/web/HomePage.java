package vn.householdledger.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import vn.householdledger.api.security.Role;

/** The first page of each role after signing in (on the authorization server's page). */
@Controller
public class HomePage {

    @GetMapping("/")
    public String home() {
        SignedIn caller = SignedIn.current();
        if (caller.is(Role.WORKER)) {
            return "redirect:/households";
        }
        if (caller.is(Role.AUDITOR)) {
            return "redirect:/audit/assistance";
        }
        if (caller.is(Role.COMMITTEE)) {
            return "redirect:/statistics";
        }
        if (caller.is(Role.CHAIR)) {
            return "redirect:/reviews";
        }
        if (caller.is(Role.ADMIN)) {
            return "redirect:/admin/projections";
        }
        return "home";
    }
}
