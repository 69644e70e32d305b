package vn.householdledger.web.household;

import java.util.ArrayList;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.householdledger.api.Page;
import vn.householdledger.api.commune.CommuneItem;
import vn.householdledger.api.household.MemberRequest;
import vn.householdledger.api.household.RegisterHouseholdRequest;
import vn.householdledger.api.household.RegistrationAnswer;
import vn.householdledger.api.household.Relation;
import vn.householdledger.api.household.EthnicGroups;
import vn.householdledger.api.household.Sex;
import vn.householdledger.api.household.YesNoUnknown;
import vn.householdledger.api.problem.RuleCode;
import vn.householdledger.web.Communes;
import vn.householdledger.web.Formats;
import vn.householdledger.web.form.FormErrors;
import vn.householdledger.web.form.FormInput;
import vn.householdledger.web.form.Submission;
import vn.householdledger.web.ledger.HouseholdReads;
import vn.householdledger.web.ledger.HouseholdWrites;
import vn.householdledger.web.ledger.ReferenceReads;

/**
 * Registers a household with its members, as {@code POST /api/households} does. Rows of members can
 * be added without script ("add a member" re-shows the form with one more row); empty rows are left out.
 * The code comes filled in with the commune's next one (the query side's suggestion), and again when
 * another commune is chosen while the code is still the suggested one.
 */
@Controller
public class RegistrationPage {

    /** The form as typed; field names are the API's. */
    public record RegistrationForm(String code, String communeCode, String village, String address, String registeredOn,
                                   List<MemberForm> members) {

        public RegistrationForm {
            members = members == null ? List.of() : members;
        }

        /** The form without the member rows left empty, so that row i is the request's member i. */
        RegistrationForm filled() {
            return new RegistrationForm(code, communeCode, village, address, registeredOn,
                    members.stream().filter(m -> m != null && !m.blank()).toList());
        }

        RegistrationForm withRows(int rows) {
            List<MemberForm> padded = new ArrayList<>(members);
            while (padded.size() < rows) {
                padded.add(new MemberForm(null, padded.isEmpty() ? Relation.HEAD.name() : null, null, null, null, null, null, null));
            }
            return new RegistrationForm(code, communeCode, village, address, registeredOn, padded);
        }
    }

    /** A member's row; the attributes may stay unknown (no group chosen, disability and merit not known). */
    public record MemberForm(String fullName, String relation, String sex, String birthDate, String nationalId,
                             String ethnicity, String disability, String meritoriousService) {

        boolean blank() {
            return FormInput.text(fullName) == null && FormInput.text(sex) == null && FormInput.text(birthDate) == null
                    && FormInput.text(nationalId) == null;
        }
    }

    private static final int FIRST_ROWS = 3;

    private final HouseholdWrites api;
    private final HouseholdReads households;
    private final ReferenceReads reference;
    private final Submission submission;
    private final Communes communes;
    private final Formats fmt;

    public RegistrationPage(HouseholdWrites api, HouseholdReads households, ReferenceReads reference, Submission submission,
                            Communes communes, Formats fmt) {
        this.api = api;
        this.households = households;
        this.reference = reference;
        this.submission = submission;
        this.communes = communes;
        this.fmt = fmt;
    }

    /** A fresh form, its code filled in with the next one of the commune chosen (the first of the worker's by default). */
    @GetMapping("/households/new")
    public String form(@RequestParam(required = false) String communeCode, Model model) {
        String commune = FormInput.text(communeCode) != null ? communeCode
                : communes.writable().stream().findFirst().map(CommuneItem::code).orElse(null);
        String code = commune == null ? null : nextCode(commune);
        model.addAttribute("suggestedCode", code);
        return show(model, new RegistrationForm(code, commune, null, null, null, null).withRows(FIRST_ROWS), new FormErrors());
    }

    /** The next household code of a commune, as the form suggests it when another commune is chosen (text, empty if none). */
    @GetMapping(value = "/households/new/next-code", produces = MediaType.TEXT_PLAIN_VALUE)
    @ResponseBody
    public String nextCode(@RequestParam String communeCode) {
        String code = reference.nextHouseholdCode(communeCode).code();
        return code == null ? "" : code;
    }

    @PostMapping("/households")
    public String register(@ModelAttribute RegistrationForm typed, @RequestParam(required = false) String addMember,
                           Model model, RedirectAttributes redirect) {
        RegistrationForm form = typed.filled();
        if (addMember != null) {
            return show(model, form.withRows(form.members().size() + 1), new FormErrors());
        }
        FormErrors errors = new FormErrors();
        FormInput input = new FormInput(errors, fmt);
        List<MemberRequest> members = new ArrayList<>();
        for (int i = 0; i < form.members().size(); i++) {
            MemberForm m = form.members().get(i);
            String at = "members[" + i + "].";
            members.add(new MemberRequest(null, FormInput.text(m.fullName()), input.code(Sex.class, at + "sex", m.sex()),
                    input.date(at + "birthDate", m.birthDate()), input.code(Relation.class, at + "relation", m.relation()),
                    FormInput.text(m.nationalId()), FormInput.text(m.ethnicity()),
                    input.code(YesNoUnknown.class, at + "disability", m.disability()),
                    input.code(YesNoUnknown.class, at + "meritoriousService", m.meritoriousService())));
        }
        RegisterHouseholdRequest request = new RegisterHouseholdRequest(null,
                FormInput.text(form.code()), FormInput.text(form.communeCode()), FormInput.text(form.village()),
                FormInput.text(form.address()), members, input.date("registeredOn", form.registeredOn()));
        codeInUse(request.code(), errors);
        RegistrationAnswer answer = submission.send(request, errors, () -> api.register(request));
        if (answer == null) {
            return show(model, form.withRows(Math.max(1, form.members().size())), errors);
        }
        redirect.addFlashAttribute("notice", fmt.message("notice.registered", request.code()));
        return "redirect:/households/" + answer.householdId();
    }

    /**
     * The code's uniqueness checked beside the form's other checks, so that a code in use is told in
     * the same round as a date mistyped: the query side knows the codes of the worker's communes; the
     * command side still decides ({@code DUPLICATE_CODE}) for every code.
     */
    private void codeInUse(String code, FormErrors errors) {
        if (code == null || errors.has("code")) {
            return;
        }
        boolean used = households.search(code, null, null, 0, Page.MAX_SIZE).items().stream().anyMatch(f -> code.equals(f.code()));
        if (used) {
            errors.add(RuleCode.DUPLICATE_CODE.field(), fmt.message("rule." + RuleCode.DUPLICATE_CODE));
        }
    }

    private String show(Model model, RegistrationForm form, FormErrors errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("communes", communes.writable());
        model.addAttribute("relations", Relation.values());
        model.addAttribute("sexes", Sex.values());
        model.addAttribute("ethnicGroups", EthnicGroups.all());
        model.addAttribute("yesNo", YesNoUnknown.values());
        return "households/register";
    }
}
