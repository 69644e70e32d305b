package vn.householdledger.web.household;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.householdledger.api.assistance.AssistanceKind;
import vn.householdledger.api.assistance.AssistanceRequest;
import vn.householdledger.api.assistance.AssistanceView;
import vn.householdledger.api.assistance.CardView;
import vn.householdledger.api.assistance.HealthInsuranceRequest;
import vn.householdledger.api.assistance.LoanProgramme;
import vn.householdledger.api.assistance.LoanRequest;
import vn.householdledger.api.assistance.LoanView;
import vn.householdledger.api.assistance.RepaymentRequest;
import vn.householdledger.api.assistance.RepaymentView;
import vn.householdledger.api.assistance.VoidingAnswer;
import vn.householdledger.api.assistance.VoidingRequest;
import vn.householdledger.api.household.HouseholdView;
import vn.householdledger.api.household.PovertyCause;
import vn.householdledger.web.Formats;
import vn.householdledger.web.Standards;
import vn.householdledger.web.form.FormErrors;
import vn.householdledger.web.form.FormInput;
import vn.householdledger.web.form.Submission;
import vn.householdledger.web.ledger.AssistanceWrites;
import vn.householdledger.web.ledger.HouseholdReads;
import vn.householdledger.web.table.Column;
import vn.householdledger.web.table.Table;
import vn.householdledger.web.table.TableExports;

/**
 * The help a household receives, recorded as the API records it: loans and their repayments, health
 * insurance cards, other assistance, and the voiding of a mistaken record.
 */
@Controller
public class HelpPages {

    public record LoanForm(String programme, String principal, String annualInterestRatePercent, String termMonths,
                           String disbursedOn, String lender, String purpose, List<String> addresses) {
    }

    public record RepaymentForm(String amount, String paidOn) {
    }

    public record CardForm(String memberId, String cardNumber, String validFrom, String validTo,
                           String stateSubsidyPercent, String fundingSource) {
    }

    public record AssistanceForm(String kind, String description, String amount, String providedOn,
                                 String fundingSource, List<String> addresses) {
    }

    /** {@code record}: which record, as {@code KIND:id} or, for a repayment, {@code REPAYMENT:loanId:id}. */
    public record VoidingForm(String record, String reason) {
    }

    private final AssistanceWrites api;
    private final HouseholdReads households;
    private final Submission submission;
    private final Standards standards;
    private final TableExports exports;
    private final Formats fmt;

    public HelpPages(AssistanceWrites api, HouseholdReads households, Submission submission, Standards standards,
                     TableExports exports, Formats fmt) {
        this.standards = standards;
        this.api = api;
        this.households = households;
        this.submission = submission;
        this.exports = exports;
        this.fmt = fmt;
    }

    @GetMapping("/households/{householdId}/loans/new")
    public String loanForm(@PathVariable UUID householdId, Model model) {
        HouseholdView view = HouseholdForms.writable(households, householdId);
        LoanForm form = new LoanForm(null, null, null, null, fmt.today(), fmt.message("loan.defaultLender"), null, List.of());
        return loanPage(model, view, form, new FormErrors());
    }

    @PostMapping("/households/{householdId}/loans")
    public String disburse(@PathVariable UUID householdId, @ModelAttribute LoanForm form, Model model,
                           RedirectAttributes redirect) {
        HouseholdView view = HouseholdForms.writable(households, householdId);
        FormErrors errors = new FormErrors();
        FormInput input = new FormInput(errors, fmt);
        LoanRequest request = new LoanRequest(null,
                input.code(LoanProgramme.class, "programme", form.programme()), input.money("principal", form.principal()),
                input.decimal("annualInterestRatePercent", form.annualInterestRatePercent()),
                input.integer("termMonths", form.termMonths()), input.date("disbursedOn", form.disbursedOn()),
                FormInput.text(form.lender()), FormInput.text(form.purpose()), orEmpty(form.addresses()));
        return saved(householdId, redirect, "notice.loan",
                () -> submission.send(request, errors, () -> api.disburse(householdId, request)),
                () -> loanPage(model, view, form, errors));
    }

    /** One loan with its repayments, and for the household's workers the form to record a repayment. */
    @GetMapping("/households/{householdId}/loans/{loanId}")
    public String loan(@PathVariable UUID householdId, @PathVariable UUID loanId, Model model) {
        HouseholdView view = households.household(householdId);
        return repaymentPage(model, view, loan(view, loanId), new RepaymentForm(null, fmt.today()), new FormErrors());
    }

    @GetMapping(value = "/households/{householdId}/loans/{loanId}", params = "export")
    public ResponseEntity<byte[]> exportRepayments(@PathVariable UUID householdId, @PathVariable UUID loanId,
                                                   @RequestParam String export) {
        HouseholdView view = households.household(householdId);
        return exports.export(export, null, List.of(repayments(loan(view, loanId))), "tra-no-" + view.code());
    }

    @PostMapping("/households/{householdId}/loans/{loanId}/repayments")
    public String repay(@PathVariable UUID householdId, @PathVariable UUID loanId, @ModelAttribute RepaymentForm form,
                        Model model, RedirectAttributes redirect) {
        HouseholdView view = HouseholdForms.writable(households, householdId);
        LoanView loan = loan(view, loanId);
        FormErrors errors = new FormErrors();
        FormInput input = new FormInput(errors, fmt);
        RepaymentRequest request = new RepaymentRequest(
                input.money("amount", form.amount()), input.date("paidOn", form.paidOn()));
        return saved(householdId, redirect, "notice.repayment",
                () -> submission.send(request, errors, () -> api.repay(householdId, loanId, request)),
                () -> repaymentPage(model, view, loan, form, errors));
    }

    @GetMapping("/households/{householdId}/health-insurance/new")
    public String cardForm(@PathVariable UUID householdId, Model model) {
        HouseholdView view = HouseholdForms.writable(households, householdId);
        return cardPage(model, view, new CardForm(null, null, fmt.today(), null, "100", null), new FormErrors());
    }

    @PostMapping("/households/{householdId}/health-insurance")
    public String issue(@PathVariable UUID householdId, @ModelAttribute CardForm form, Model model,
                        RedirectAttributes redirect) {
        HouseholdView view = HouseholdForms.writable(households, householdId);
        FormErrors errors = new FormErrors();
        FormInput input = new FormInput(errors, fmt);
        UUID member = null;
        try {
            member = FormInput.text(form.memberId()) == null ? null : UUID.fromString(form.memberId().strip());
        } catch (IllegalArgumentException e) {
            errors.add("memberId", fmt.message("error.choice"));
        }
        HealthInsuranceRequest request = new HealthInsuranceRequest(member,
                FormInput.text(form.cardNumber()), input.date("validFrom", form.validFrom()),
                input.date("validTo", form.validTo()), input.integer("stateSubsidyPercent", form.stateSubsidyPercent()),
                FormInput.text(form.fundingSource()));
        return saved(householdId, redirect, "notice.card",
                () -> submission.send(request, errors, () -> api.issue(householdId, request)),
                () -> cardPage(model, view, form, errors));
    }

    @GetMapping("/households/{householdId}/assistance/new")
    public String assistanceForm(@PathVariable UUID householdId, Model model) {
        HouseholdView view = HouseholdForms.writable(households, householdId);
        return assistancePage(model, view, new AssistanceForm(null, null, null, fmt.today(), null, List.of()), new FormErrors());
    }

    @PostMapping("/households/{householdId}/assistance")
    public String provide(@PathVariable UUID householdId, @ModelAttribute AssistanceForm form, Model model,
                          RedirectAttributes redirect) {
        HouseholdView view = HouseholdForms.writable(households, householdId);
        FormErrors errors = new FormErrors();
        FormInput input = new FormInput(errors, fmt);
        AssistanceRequest request = new AssistanceRequest(null,
                input.code(AssistanceKind.class, "kind", form.kind()), FormInput.text(form.description()),
                input.money("amount", form.amount()), input.date("providedOn", form.providedOn()),
                FormInput.text(form.fundingSource()), orEmpty(form.addresses()));
        return saved(householdId, redirect, "notice.assistance",
                () -> submission.send(request, errors, () -> api.provide(householdId, request)),
                () -> assistancePage(model, view, form, errors));
    }

    @GetMapping("/households/{householdId}/voiding/new")
    public String voidingForm(@PathVariable UUID householdId, Model model) {
        HouseholdView view = HouseholdForms.writable(households, householdId);
        return voidingPage(model, view, new VoidingForm(null, null), new FormErrors());
    }

    @PostMapping("/households/{householdId}/voiding")
    public String voidRecord(@PathVariable UUID householdId, @ModelAttribute VoidingForm form, Model model,
                             RedirectAttributes redirect) {
        HouseholdView view = HouseholdForms.writable(households, householdId);
        FormErrors errors = new FormErrors();
        VoidingRequest request = new VoidingRequest(FormInput.text(form.reason()));
        Supplier<ResponseEntity<VoidingAnswer>> send = voiding(householdId, FormInput.text(form.record()), request);
        if (send == null) {
            errors.add("record", fmt.message("error.choice"));
        }
        return saved(householdId, redirect, "notice.voided",
                () -> submission.send(request, errors, send),
                () -> voidingPage(model, view, form, errors));
    }

    /** Which voiding endpoint of the API a chosen record goes to, or null for a choice that names none. */
    private Supplier<ResponseEntity<VoidingAnswer>> voiding(UUID householdId, String record,
                                                     VoidingRequest request) {
        if (record == null) {
            return null;
        }
        String[] parts = record.split(":");
        try {
            return switch (parts[0]) {
                case "LOAN" -> () -> api.voidLoan(householdId, UUID.fromString(parts[1]), request);
                case "REPAYMENT" -> {
                    UUID loanId = UUID.fromString(parts[1]);
                    UUID repaymentId = UUID.fromString(parts[2]);
                    yield () -> api.voidRepayment(householdId, loanId, repaymentId, request);
                }
                case "HEALTH_INSURANCE" -> () -> api.voidCard(householdId, UUID.fromString(parts[1]), request);
                case "ASSISTANCE" -> () -> api.voidAssistance(householdId, UUID.fromString(parts[1]), request);
                default -> null;
            };
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            return null;
        }
    }

    /** After a write, back to the household with a notice; after a refusal, the form again with its messages. */
    private String saved(UUID householdId, RedirectAttributes redirect, String notice, Supplier<Object> send,
                         Supplier<String> formAgain) {
        if (send.get() == null) {
            return formAgain.get();
        }
        redirect.addFlashAttribute("notice", fmt.message(notice));
        return "redirect:/households/" + householdId;
    }

    private String loanPage(Model model, HouseholdView view, LoanForm form, FormErrors errors) {
        model.addAttribute("programmes", LoanProgramme.values());
        needs(model, view);
        return HouseholdForms.page(model, view, form, errors, "households/loan");
    }

    private String repaymentPage(Model model, HouseholdView view, LoanView loan, RepaymentForm form,
                                 FormErrors errors) {
        model.addAttribute("loan", loan);
        model.addAttribute("table", repayments(loan));
        model.addAttribute("canWrite", !view.closed() && "OPEN".equals(loan.status()) && HouseholdPages.mayWrite(view));
        return HouseholdForms.page(model, view, form, errors, "households/loan-show");
    }

    private String cardPage(Model model, HouseholdView view, CardForm form, FormErrors errors) {
        return HouseholdForms.page(model, view, form, errors, "households/card");
    }

    private String assistancePage(Model model, HouseholdView view, AssistanceForm form, FormErrors errors) {
        model.addAttribute("kinds", AssistanceKind.values());
        needs(model, view);
        return HouseholdForms.page(model, view, form, errors, "households/assistance");
    }

    private String voidingPage(Model model, HouseholdView view, VoidingForm form, FormErrors errors) {
        model.addAttribute("records", voidable(view));
        model.addAttribute("field", "record");
        model.addAttribute("chosen", form.record());
        model.addAttribute("action", "/households/" + view.householdId() + "/voiding");
        model.addAttribute("title", fmt.message("void.title"));
        model.addAttribute("intro", fmt.message("void.intro"));
        return HouseholdForms.page(model, view, form, errors, "households/void");
    }

    /** The needs help may address: the household's own first, then every other indicator and cause (all at once for a household not yet assessed). */
    private void needs(Model model, HouseholdView view) {
        Set<String> own = new LinkedHashSet<>(view.deprivations());
        own.addAll(view.causes());
        Set<String> other = new LinkedHashSet<>(standards.allIndicators());
        for (PovertyCause cause : PovertyCause.values()) {
            other.add(cause.name());
        }
        other.removeAll(own);
        model.addAttribute("ownNeeds", own.isEmpty() ? other : own);
        model.addAttribute("otherNeeds", own.isEmpty() ? Set.of() : other);
    }

    /** The records not yet voided, as choices {@code value → label}. */
    private Map<String, String> voidable(HouseholdView view) {
        Map<String, String> records = new LinkedHashMap<>();
        for (LoanView loan : view.loans()) {
            if (!loan.voided()) {
                records.put("LOAN:" + loan.loanId(), fmt.label("record", "LOAN") + " — " + fmt.label("programme", loan.programme())
                        + ", " + fmt.money(loan.principal()) + ", " + fmt.date(loan.disbursedOn()));
            }
            for (RepaymentView r : loan.repayments()) {
                if (!r.voided()) {
                    records.put("REPAYMENT:" + loan.loanId() + ":" + r.repaymentId(), fmt.label("record", "REPAYMENT")
                            + " — " + fmt.money(r.amount()) + ", " + fmt.date(r.paidOn()));
                }
            }
        }
        for (CardView card : view.insurance()) {
            if (!card.voided()) {
                records.put("HEALTH_INSURANCE:" + card.cardId(), fmt.label("record", "HEALTH_INSURANCE") + " — "
                        + card.cardNumber() + ", " + fmt.date(card.validFrom()) + "–" + fmt.date(card.validTo()));
            }
        }
        for (AssistanceView a : view.assistance()) {
            if (!a.voided()) {
                records.put("ASSISTANCE:" + a.assistanceId(), fmt.label("record", "ASSISTANCE") + " — "
                        + fmt.label("kind", a.kind()) + ": " + a.description() + ", " + fmt.date(a.providedOn()));
            }
        }
        return records;
    }

    private Table repayments(LoanView loan) {
        Table.Builder table = Table.builder("repayments", fmt.message("loan.repayments"))
                .columns(Column.date(fmt.message("repayment.paidOn")), Column.money(fmt.message("repayment.amount")),
                        Column.money(fmt.message("repayment.outstandingAfter")), Column.text(fmt.message("common.recordedBy")),
                        Column.instant(fmt.message("common.recordedAt")), Column.text(fmt.message("common.note")));
        for (RepaymentView r : loan.repayments()) {
            table.row(null, r.paidOn(), r.amount(), r.outstandingAfter(), r.recordedBy(), r.recordedAt(),
                    r.voided() ? fmt.message("common.voided") + ": " + r.voidReason() : null);
        }
        return table.build();
    }

    private static LoanView loan(HouseholdView view, UUID loanId) {
        return view.loans().stream().filter(l -> l.loanId().equals(loanId)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No loan " + loanId + " in household " + view.householdId()));
    }

    private static List<String> orEmpty(List<String> codes) {
        return codes == null ? List.of() : new ArrayList<>(codes);
    }
}
