package vn.householdledger.web.household;

import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;
import vn.householdledger.api.household.HouseholdView;
import vn.householdledger.web.form.FormErrors;
import vn.householdledger.web.ledger.HouseholdReads;

/** What every form about one household starts with. */
final class HouseholdForms {

    private HouseholdForms() {
    }

    /**
     * The household as the query side shows it, once the signed-in account is known to record for its
     * commune; the command side checks again when the form is sent.
     */
    static HouseholdView writable(HouseholdReads households, UUID householdId) {
        HouseholdView view = households.household(householdId);
        if (!HouseholdPages.mayWrite(view)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "The account may not record for commune " + view.communeCode());
        }
        return view;
    }

    /** A form page about {@code view}: the household, the form as typed and its refusals. */
    static String page(Model model, HouseholdView view, Object form, FormErrors errors, String template) {
        model.addAttribute("household", view);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return template;
    }
}
