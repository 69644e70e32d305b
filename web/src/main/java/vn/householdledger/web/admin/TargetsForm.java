package vn.householdledger.web.admin;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.householdledger.api.target.SetTargetsRequest;
import vn.householdledger.api.target.TargetCode;
import vn.householdledger.api.target.TargetValue;
import vn.householdledger.api.target.TargetsAnswer;
import vn.householdledger.web.Formats;
import vn.householdledger.web.form.FormErrors;
import vn.householdledger.web.form.FormInput;
import vn.householdledger.web.form.Submission;
import vn.householdledger.web.ledger.AdminWrites;

/**
 * The district's targets of a year (chỉ tiêu), in percent, set by an admin: each target has its own
 * field, named by its code; a setting replaces the year's whole list, so a field left empty drops its target.
 */
@Controller
public class TargetsForm {

    private final AdminWrites api;
    private final Submission submission;
    private final Formats fmt;

    public TargetsForm(AdminWrites api, Submission submission, Formats fmt) {
        this.api = api;
        this.submission = submission;
        this.fmt = fmt;
    }

    @GetMapping("/admin/targets")
    public String form(@RequestParam(required = false) Integer year, Model model) {
        return page(model, Integer.toString(year == null ? fmt.thisYear() : year), Map.of(), new FormErrors());
    }

    @PostMapping("/admin/targets")
    public String set(@RequestParam Map<String, String> typed, Model model, RedirectAttributes redirect) {
        FormErrors errors = new FormErrors();
        FormInput input = new FormInput(errors, fmt);
        Integer year = input.integer("year", typed.get("year"));
        if (year == null && !errors.has("year")) {
            errors.add("year", fmt.message("error.integer"));
        }
        List<TargetValue> targets = new ArrayList<>();
        List<TargetCode> sent = new ArrayList<>();
        for (TargetCode code : TargetCode.values()) {
            BigDecimal value = input.decimal(code.name(), typed.get(code.name()));
            if (value != null) {
                targets.add(new TargetValue(code, value));
                sent.add(code);
            }
        }
        SetTargetsRequest request = new SetTargetsRequest(targets);
        TargetsAnswer set = submission.send(request, errors, () -> api.setTargets(year, request));
        // The API names a target by its place in the list sent; the page, by the field it was typed in.
        for (int i = 0; i < sent.size(); i++) {
            errors.move("targets[" + i + "].value", sent.get(i).name());
            errors.move("targets[" + i + "].code", sent.get(i).name());
        }
        if (set == null) {
            return page(model, typed.get("year"), typed, errors);
        }
        redirect.addFlashAttribute("notice", fmt.message("admin.targets.set", set.year(), set.targets().size()));
        return "redirect:/admin/targets?year=" + set.year();
    }

    private String page(Model model, String year, Map<String, String> typed, FormErrors errors) {
        Map<TargetCode, String> values = new EnumMap<>(TargetCode.class);
        for (TargetCode code : TargetCode.values()) {
            values.put(code, typed.getOrDefault(code.name(), ""));
        }
        model.addAttribute("year", year);
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        return "admin/targets";
    }
}
