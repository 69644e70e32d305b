package vn.householdledger.web.household;

import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.householdledger.api.household.ClosureReason;
import vn.householdledger.api.household.ClosureRequest;
import vn.householdledger.api.household.HouseholdView;
import vn.householdledger.api.household.TransferRequest;
import vn.householdledger.web.Communes;
import vn.householdledger.web.Formats;
import vn.householdledger.web.form.FormErrors;
import vn.householdledger.web.form.FormInput;
import vn.householdledger.web.form.Submission;
import vn.householdledger.web.ledger.HouseholdReads;
import vn.householdledger.web.ledger.HouseholdWrites;

/** The end of a household's case in a commune: its transfer to another commune, or its closure. */
@Controller
public class CasePages {

    public record TransferForm(String toCommuneCode, String date) {
    }

    public record ClosureForm(String reason, String date) {
    }

    private final HouseholdWrites api;
    private final HouseholdReads households;
    private final Communes communes;
    private final Submission submission;
    private final Formats fmt;

    public CasePages(HouseholdWrites api, HouseholdReads households, Communes communes,
                     Submission submission, Formats fmt) {
        this.api = api;
        this.households = households;
        this.communes = communes;
        this.submission = submission;
        this.fmt = fmt;
    }

    @GetMapping("/households/{householdId}/transfer/new")
    public String transferForm(@PathVariable UUID householdId, Model model) {
        HouseholdView view = HouseholdForms.writable(households, householdId);
        return transferPage(model, view, new TransferForm(null, fmt.today()), new FormErrors());
    }

    @PostMapping("/households/{householdId}/transfer")
    public String transfer(@PathVariable UUID householdId, @ModelAttribute TransferForm form, Model model,
                           RedirectAttributes redirect) {
        HouseholdView view = HouseholdForms.writable(households, householdId);
        FormErrors errors = new FormErrors();
        TransferRequest request = new TransferRequest(
                FormInput.text(form.toCommuneCode()), new FormInput(errors, fmt).date("date", form.date()));
        if (submission.send(request, errors, () -> api.transfer(householdId, request)) == null) {
            return transferPage(model, view, form, errors);
        }
        redirect.addFlashAttribute("notice", fmt.message("notice.transferred",
                communes.names().getOrDefault(request.toCommuneCode(), request.toCommuneCode())));
        return "redirect:/households/" + householdId;
    }

    @GetMapping("/households/{householdId}/closure/new")
    public String closureForm(@PathVariable UUID householdId, Model model) {
        HouseholdView view = HouseholdForms.writable(households, householdId);
        return closurePage(model, view, new ClosureForm(null, fmt.today()), new FormErrors());
    }

    @PostMapping("/households/{householdId}/closure")
    public String close(@PathVariable UUID householdId, @ModelAttribute ClosureForm form, Model model,
                        RedirectAttributes redirect) {
        HouseholdView view = HouseholdForms.writable(households, householdId);
        FormErrors errors = new FormErrors();
        FormInput input = new FormInput(errors, fmt);
        ClosureRequest request = new ClosureRequest(
                input.code(ClosureReason.class, "reason", form.reason()), input.date("date", form.date()));
        if (submission.send(request, errors, () -> api.close(householdId, request)) == null) {
            return closurePage(model, view, form, errors);
        }
        redirect.addFlashAttribute("notice", fmt.message("notice.closed"));
        return "redirect:/households/" + householdId;
    }

    private String transferPage(Model model, HouseholdView view, TransferForm form, FormErrors errors) {
        model.addAttribute("communes", communes.all().stream().filter(c -> !c.code().equals(view.communeCode())).toList());
        return HouseholdForms.page(model, view, form, errors, "households/transfer");
    }

    private String closurePage(Model model, HouseholdView view, ClosureForm form, FormErrors errors) {
        model.addAttribute("reasons", ClosureReason.values());
        return HouseholdForms.page(model, view, form, errors, "households/close");
    }

}
