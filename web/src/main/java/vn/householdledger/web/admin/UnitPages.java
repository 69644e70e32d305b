package vn.householdledger.web.admin;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.householdledger.api.commune.CommuneItem;
import vn.householdledger.api.time.BusinessCalendar;
import vn.householdledger.api.unit.ProvinceAnswer;
import vn.householdledger.api.unit.RegisterProvinceRequest;
import vn.householdledger.api.unit.UnitItem;
import vn.householdledger.api.unit.UnitList;
import vn.householdledger.web.Formats;
import vn.householdledger.web.form.FormErrors;
import vn.householdledger.web.form.FormInput;
import vn.householdledger.web.form.Submission;
import vn.householdledger.web.ledger.AdminWrites;
import vn.householdledger.web.ledger.ReferenceReads;
import vn.householdledger.web.table.Column;
import vn.householdledger.web.table.Table;

/**
 * The units in force on a chosen day (đơn vị hành chính), as {@code GET /api/units?on=} lists them: each with its
 * kind, area, province, the district it belonged to before July 2025, its official code and the units that had
 * merged into it; and the registration of a province. A change of units is recorded on {@link UnitChangePage}.
 */
@Controller
public class UnitPages {

    public record ProvinceForm(String code, String name, String officialCode) {
    }

    private final AdminWrites api;
    private final ReferenceReads reference;
    private final Submission submission;
    private final Formats fmt;
    private final Clock clock;

    public UnitPages(AdminWrites api, ReferenceReads reference, Submission submission, Formats fmt, Clock clock) {
        this.api = api;
        this.reference = reference;
        this.submission = submission;
        this.fmt = fmt;
        this.clock = clock;
    }

    /** A day that cannot be read shows today's units, with the refusal beside the date. */
    @GetMapping("/admin/units")
    public String units(@RequestParam(required = false) String on, Model model) {
        FormErrors errors = new FormErrors();
        LocalDate day = new FormInput(errors, fmt).date("on", on);
        return page(model, day, new ProvinceForm(null, null, null), errors);
    }

    @PostMapping("/admin/provinces")
    public String registerProvince(@ModelAttribute ProvinceForm form, Model model, RedirectAttributes redirect) {
        FormErrors errors = new FormErrors();
        RegisterProvinceRequest request = new RegisterProvinceRequest(FormInput.text(form.code()), FormInput.text(form.name()),
                FormInput.text(form.officialCode()));
        ProvinceAnswer registered = submission.send(request, errors, () -> api.registerProvince(request));
        if (registered == null) {
            return page(model, null, form, errors);
        }
        redirect.addFlashAttribute("notice", fmt.message("admin.units.provinceRegistered", request.name(), registered.code()));
        return "redirect:/admin/units";
    }

    private String page(Model model, LocalDate asked, ProvinceForm province, FormErrors errors) {
        LocalDate on = asked == null ? BusinessCalendar.today(clock) : asked;
        UnitList units = reference.units(on);
        Map<String, String> names = reference.communes().items().stream()
                .collect(Collectors.toMap(CommuneItem::code, CommuneItem::name));
        Table.Builder table = Table.builder("units", fmt.message("admin.units.table", fmt.date(units.on())))
                .columns(Column.text(fmt.message("admin.communes.code")), Column.text(fmt.message("admin.communes.name")),
                        Column.code(fmt.message("admin.communes.kind"), "communeKind"),
                        Column.code(fmt.message("admin.communes.area"), "area"),
                        Column.text(fmt.message("admin.units.province")), Column.text(fmt.message("admin.units.district")),
                        Column.text(fmt.message("admin.units.officialCode")), Column.date(fmt.message("admin.units.establishedOn")),
                        Column.text(fmt.message("admin.units.cameFrom")));
        for (UnitItem u : units.items()) {
            String cameFrom = u.cameFrom() == null ? "" : u.cameFrom().stream()
                    .map(code -> names.getOrDefault(code, code)).collect(Collectors.joining(", "));
            table.row(null, u.code(), u.name(), u.kind(), u.area(), province(u), u.district(), u.officialCode(),
                    u.establishedOn(), cameFrom);
        }
        model.addAttribute("on", fmt.date(on));
        model.addAttribute("table", table.build());
        model.addAttribute("province", province);
        model.addAttribute("errors", errors);
        return "admin/units";
    }

    private static String province(UnitItem unit) {
        if (unit.provinceCode() == null) {
            return "";
        }
        return unit.provinceName() == null ? unit.provinceCode() : unit.provinceName() + " (" + unit.provinceCode() + ")";
    }
}
