package vn.householdledger.standalone.web.household;

import java.util.UUID;
import org.springframework.ui.Model;
import vn.householdledger.api.household.HouseholdView;
import vn.householdledger.platform.problem.Forbidden;
import vn.householdledger.query.household.HouseholdQueryController;
import vn.householdledger.standalone.web.form.FormErrors;

/** What every form about one household starts with. */
final class HouseholdForms {

    private HouseholdForms() {
    }

    /**
     * The household as the query side shows it, once the signed-in account is known to record for its
     * commune; the command side checks again when the form is sent.
     */
    static HouseholdView writable(HouseholdQueryController households, UUID householdId) {
        HouseholdView view = households.household(householdId);
        if (!HouseholdPages.mayWrite(view)) {
            throw new Forbidden("The account may not record for commune " + view.communeCode());
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
