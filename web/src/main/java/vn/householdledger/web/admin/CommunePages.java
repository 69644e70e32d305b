package vn.householdledger.web.admin;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.householdledger.api.commune.Area;
import vn.householdledger.api.commune.CommuneAnswer;
import vn.householdledger.api.commune.CommuneItem;
import vn.householdledger.api.commune.CommuneKind;
import vn.householdledger.api.commune.PlanYearRequest;
import vn.householdledger.api.commune.RegisterCommuneRequest;
import vn.householdledger.api.commune.YearPlan;
import vn.householdledger.api.commune.YearPlanAnswer;
import vn.householdledger.api.problem.RuleCode;
import vn.householdledger.web.Formats;
import vn.householdledger.web.form.FormErrors;
import vn.householdledger.web.form.FormInput;
import vn.householdledger.web.form.Submission;
import vn.householdledger.web.ledger.AdminWrites;
import vn.householdledger.web.ledger.ApiProblem;
import vn.householdledger.web.ledger.ReferenceReads;
import vn.householdledger.web.table.Column;
import vn.householdledger.web.table.Table;

/**
 * The communes and wards (xã, phường) with their figures of each year, for admins: a unit is registered (with,
 * where known, the day it was established, its province, official code and former district), and a year's
 * households and end-of-year target of poor households are set, on one page.
 */
@Controller
public class CommunePages {

    /** A unit as typed: {@code establishedOn}, {@code provinceCode}, {@code officialCode} and {@code district} may stay empty. */
    public record CommuneForm(String code, String name, String kind, String area, String establishedOn, String provinceCode,
                              String officialCode, String district) {

        static CommuneForm empty() {
            return new CommuneForm(null, null, CommuneKind.COMMUNE.name(), Area.RURAL.name(), null, null, null, null);
        }
    }

    public record YearForm(String communeCode, String year, String households, String poorTargetEndOfYear) {
    }

    private final AdminWrites api;
    private final ReferenceReads reference;
    private final Submission submission;
    private final Formats fmt;

    public CommunePages(AdminWrites api, ReferenceReads reference, Submission submission, Formats fmt) {
        this.api = api;
        this.reference = reference;
        this.submission = submission;
        this.fmt = fmt;
    }

    @GetMapping("/admin/communes")
    public String communes(Model model) {
        return page(model, CommuneForm.empty(), new YearForm(null, Integer.toString(fmt.thisYear()), null, null), new FormErrors());
    }

    @PostMapping("/admin/communes")
    public String register(@ModelAttribute CommuneForm form, Model model, RedirectAttributes redirect) {
        FormErrors errors = new FormErrors();
        FormInput input = new FormInput(errors, fmt);
        RegisterCommuneRequest request = new RegisterCommuneRequest(FormInput.text(form.code()), FormInput.text(form.name()),
                input.code(CommuneKind.class, "kind", form.kind()), input.code(Area.class, "area", form.area()),
                input.date("establishedOn", form.establishedOn()), FormInput.text(form.provinceCode()),
                FormInput.text(form.officialCode()), FormInput.text(form.district()));
        CommuneAnswer registered = null;
        submission.validate(request, errors);
        if (errors.isEmpty()) {
            try {
                registered = api.registerCommune(request).getBody();
            } catch (ApiProblem refused) {
                duplicateOrRefused(refused, errors);
            }
        }
        if (registered == null) {
            return page(model, form, new YearForm(null, Integer.toString(fmt.thisYear()), null, null), errors);
        }
        redirect.addFlashAttribute("notice", fmt.message("admin.communes.registered", request.name(), registered.code()));
        return "redirect:/admin/communes";
    }

    /** An unknown commune is the API's 404 on the path; here it is the commune chosen, shown beside its field. */
    @PostMapping("/admin/communes/years")
    public String planYear(@ModelAttribute YearForm form, Model model, RedirectAttributes redirect) {
        FormErrors errors = new FormErrors();
        FormInput input = new FormInput(errors, fmt);
        String commune = FormInput.text(form.communeCode());
        Integer year = input.integer("year", form.year());
        PlanYearRequest request = new PlanYearRequest(input.count("households", form.households()),
                input.count("poorTargetEndOfYear", form.poorTargetEndOfYear()));
        if (commune == null) {
            errors.add("communeCode", fmt.message("error.choice"));
        }
        if (year == null && !errors.has("year")) {
            errors.add("year", fmt.message("error.integer"));
        }
        YearPlanAnswer planned = null;
        try {
            planned = submission.send(request, errors, () -> api.planYear(commune, year, request));
        } catch (ApiProblem refused) {
            if (refused.status() != HttpStatus.NOT_FOUND.value()) {
                throw refused;
            }
            errors.add("communeCode", fmt.message("admin.communes.unknown"));
        }
        if (planned == null) {
            return page(model, CommuneForm.empty(), form, errors);
        }
        redirect.addFlashAttribute("notice", fmt.message("admin.communes.planned", planned.code(), planned.year(),
                fmt.number(planned.households()), fmt.number(planned.poorTargetEndOfYear())));
        return "redirect:/admin/communes";
    }

    /** The web's words for {@code DUPLICATE_CODE} speak of households; the API's detail names the commune's code. */
    private void duplicateOrRefused(ApiProblem refused, FormErrors errors) {
        if (refused.problem() != null && refused.problem().code() == RuleCode.DUPLICATE_CODE) {
            errors.add(RuleCode.DUPLICATE_CODE.field(), refused.problem().detail());
        } else {
            submission.refuse(refused, errors);
        }
    }

    private String page(Model model, CommuneForm commune, YearForm year, FormErrors errors) {
        var all = reference.communes().items();
        Table.Builder table = Table.builder("communes", fmt.message("admin.communes.table"))
                .columns(Column.text(fmt.message("admin.communes.code")), Column.text(fmt.message("admin.communes.name")),
                        Column.code(fmt.message("admin.communes.kind"), "communeKind"),
                        Column.code(fmt.message("admin.communes.area"), "area"),
                        Column.date(fmt.message("admin.communes.registeredOn")), Column.text(fmt.message("admin.communes.years")));
        for (CommuneItem c : all) {
            table.row(null, c.code(), c.name(), c.kind(), c.area(), c.registeredOn(), years(c));
        }
        model.addAttribute("table", table.build());
        model.addAttribute("communes", all);
        model.addAttribute("kinds", CommuneKind.values());
        model.addAttribute("areas", Area.values());
        model.addAttribute("commune", commune);
        model.addAttribute("year", year);
        model.addAttribute("errors", errors);
        return "admin/communes";
    }

    private String years(CommuneItem commune) {
        return String.join("; ", commune.years().stream()
                .map((YearPlan y) -> fmt.message("admin.communes.yearPlan", y.year(), fmt.number(y.households()),
                        fmt.number(y.poorTargetEndOfYear())))
                .toList());
    }
}
