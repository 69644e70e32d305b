package vn.householdledger.web.household;

import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.householdledger.api.household.DepartureReason;
import vn.householdledger.api.household.DepartureRequest;
import vn.householdledger.api.household.EthnicGroups;
import vn.householdledger.api.household.HeadChangeRequest;
import vn.householdledger.api.household.HouseholdView;
import vn.householdledger.api.household.JoiningMemberRequest;
import vn.householdledger.api.household.MemberView;
import vn.householdledger.api.household.PledgeRequest;
import vn.householdledger.api.household.Relation;
import vn.householdledger.api.household.Sex;
import vn.householdledger.api.household.YesNoUnknown;
import vn.householdledger.web.Formats;
import vn.householdledger.web.form.FormErrors;
import vn.householdledger.web.form.FormInput;
import vn.householdledger.web.form.Submission;
import vn.householdledger.web.ledger.HouseholdReads;
import vn.householdledger.web.ledger.HouseholdWrites;

/**
 * Who lives in a household and what it pledges: a member joining, a member's departure (a departing
 * head names the new one), a change of head (chủ hộ) while the former head stays, and an escape pledge
 * (đăng ký thoát nghèo) for a year. Each form is the API's request; its refusals land beside their fields.
 */
@Controller
public class MemberPages {

    public record JoiningForm(String fullName, String relation, String sex, String birthDate, String nationalId,
                              String ethnicity, String disability, String meritoriousService, String joinedOn) {
    }

    public record DepartureForm(String memberId, String reason, String date, String newHeadMemberId) {
    }

    public record HeadForm(String memberId, String date) {
    }

    public record PledgeForm(String year) {
    }

    private final HouseholdWrites api;
    private final HouseholdReads households;
    private final Submission submission;
    private final Formats fmt;

    public MemberPages(HouseholdWrites api, HouseholdReads households, Submission submission, Formats fmt) {
        this.api = api;
        this.households = households;
        this.submission = submission;
        this.fmt = fmt;
    }

    @GetMapping("/households/{householdId}/members/new")
    public String joiningForm(@PathVariable UUID householdId, Model model) {
        HouseholdView view = HouseholdForms.writable(households, householdId);
        return joiningPage(model, view, new JoiningForm(null, null, null, null, null, null, null, null, fmt.today()), new FormErrors());
    }

    @PostMapping("/households/{householdId}/members")
    public String join(@PathVariable UUID householdId, @ModelAttribute JoiningForm form, Model model, RedirectAttributes redirect) {
        HouseholdView view = HouseholdForms.writable(households, householdId);
        FormErrors errors = new FormErrors();
        FormInput input = new FormInput(errors, fmt);
        JoiningMemberRequest request = new JoiningMemberRequest(null, FormInput.text(form.fullName()),
                input.code(Sex.class, "sex", form.sex()), input.date("birthDate", form.birthDate()),
                input.code(Relation.class, "relation", form.relation()), FormInput.text(form.nationalId()),
                FormInput.text(form.ethnicity()), input.code(YesNoUnknown.class, "disability", form.disability()),
                input.code(YesNoUnknown.class, "meritoriousService", form.meritoriousService()),
                input.date("joinedOn", form.joinedOn()));
        if (submission.send(request, errors, () -> api.addMember(householdId, request)) == null) {
            return joiningPage(model, view, form, errors);
        }
        return saved(redirect, householdId, fmt.message("notice.joined", request.fullName()));
    }

    @GetMapping("/households/{householdId}/departure/new")
    public String departureForm(@PathVariable UUID householdId, Model model) {
        HouseholdView view = HouseholdForms.writable(households, householdId);
        return departurePage(model, view, new DepartureForm(null, null, fmt.today(), null), new FormErrors());
    }

    @PostMapping("/households/{householdId}/departure")
    public String depart(@PathVariable UUID householdId, @ModelAttribute DepartureForm form, Model model,
                         RedirectAttributes redirect) {
        HouseholdView view = HouseholdForms.writable(households, householdId);
        FormErrors errors = new FormErrors();
        FormInput input = new FormInput(errors, fmt);
        UUID memberId = member(view, "memberId", form.memberId(), errors);
        if (FormInput.text(form.memberId()) == null) {
            errors.add("memberId", fmt.message("validation.memberId.NotNull"));
        }
        DepartureRequest request = new DepartureRequest(input.code(DepartureReason.class, "reason", form.reason()),
                input.date("date", form.date()), member(view, "newHeadMemberId", form.newHeadMemberId(), errors));
        if (memberId == null) {
            submission.validate(request, errors);
            return departurePage(model, view, form, errors);
        }
        if (submission.send(request, errors, () -> api.depart(householdId, memberId, request)) == null) {
            return departurePage(model, view, form, errors);
        }
        return saved(redirect, householdId, fmt.message("notice.departed", nameOf(view, memberId)));
    }

    @GetMapping("/households/{householdId}/head/new")
    public String headForm(@PathVariable UUID householdId, Model model) {
        HouseholdView view = HouseholdForms.writable(households, householdId);
        return headPage(model, view, new HeadForm(null, fmt.today()), new FormErrors());
    }

    @PostMapping("/households/{householdId}/head")
    public String changeHead(@PathVariable UUID householdId, @ModelAttribute HeadForm form, Model model,
                             RedirectAttributes redirect) {
        HouseholdView view = HouseholdForms.writable(households, householdId);
        FormErrors errors = new FormErrors();
        HeadChangeRequest request = new HeadChangeRequest(member(view, "memberId", form.memberId(), errors),
                new FormInput(errors, fmt).date("date", form.date()));
        if (submission.send(request, errors, () -> api.changeHead(householdId, request)) == null) {
            return headPage(model, view, form, errors);
        }
        return saved(redirect, householdId, fmt.message("notice.headChanged", nameOf(view, request.memberId())));
    }

    @GetMapping("/households/{householdId}/pledges/new")
    public String pledgeForm(@PathVariable UUID householdId, Model model) {
        HouseholdView view = HouseholdForms.writable(households, householdId);
        return HouseholdForms.page(model, view, new PledgeForm(Integer.toString(fmt.thisYear())), new FormErrors(),
                "households/pledge");
    }

    @PostMapping("/households/{householdId}/pledges")
    public String pledge(@PathVariable UUID householdId, @ModelAttribute PledgeForm form, Model model,
                         RedirectAttributes redirect) {
        HouseholdView view = HouseholdForms.writable(households, householdId);
        FormErrors errors = new FormErrors();
        PledgeRequest request = new PledgeRequest(new FormInput(errors, fmt).integer("year", form.year()));
        if (submission.send(request, errors, () -> api.pledge(householdId, request)) == null) {
            return HouseholdForms.page(model, view, form, errors, "households/pledge");
        }
        return saved(redirect, householdId, fmt.message("notice.pledged", request.year()));
    }

    private static String saved(RedirectAttributes redirect, UUID householdId, String notice) {
        redirect.addFlashAttribute("notice", notice);
        return "redirect:/households/" + householdId;
    }

    /** A present member chosen in a select: null when none was chosen (the request's validation says so) or not one of them. */
    private UUID member(HouseholdView view, String field, String chosen, FormErrors errors) {
        String text = FormInput.text(chosen);
        if (text == null) {
            return null;
        }
        return view.members().stream().map(MemberView::memberId).filter(id -> id.toString().equals(text)).findFirst()
                .orElseGet(() -> {
                    errors.add(field, fmt.message("error.choice"));
                    return null;
                });
    }

    private static String nameOf(HouseholdView view, UUID memberId) {
        return view.members().stream().filter(m -> m.memberId().equals(memberId)).map(MemberView::fullName).findFirst().orElse("");
    }

    private String joiningPage(Model model, HouseholdView view, JoiningForm form, FormErrors errors) {
        model.addAttribute("relations", List.of(Relation.values()).stream().filter(r -> r != Relation.HEAD).toList());
        model.addAttribute("sexes", Sex.values());
        model.addAttribute("ethnicGroups", EthnicGroups.all());
        model.addAttribute("yesNo", YesNoUnknown.values());
        return HouseholdForms.page(model, view, form, errors, "households/join");
    }

    private String departurePage(Model model, HouseholdView view, DepartureForm form, FormErrors errors) {
        model.addAttribute("reasons", DepartureReason.values());
        return HouseholdForms.page(model, view, form, errors, "households/depart");
    }

    private String headPage(Model model, HouseholdView view, HeadForm form, FormErrors errors) {
        model.addAttribute("candidates", view.members().stream().filter(m -> !Relation.HEAD.name().equals(m.relation())).toList());
        return HouseholdForms.page(model, view, form, errors, "households/head");
    }
}
