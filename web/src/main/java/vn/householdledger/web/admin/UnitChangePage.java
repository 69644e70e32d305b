package vn.householdledger.web.admin;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.householdledger.api.commune.Area;
import vn.householdledger.api.commune.CommuneItem;
import vn.householdledger.api.commune.CommuneKind;
import vn.householdledger.api.unit.UnitChangeAnswer;
import vn.householdledger.api.unit.UnitChangeKind;
import vn.householdledger.api.unit.UnitChangeRequest;
import vn.householdledger.web.Formats;
import vn.householdledger.web.form.FormErrors;
import vn.householdledger.web.form.FormInput;
import vn.householdledger.web.form.Submission;
import vn.householdledger.web.ledger.AdminWrites;
import vn.householdledger.web.ledger.ReferenceReads;
import vn.householdledger.web.table.Column;
import vn.householdledger.web.table.Table;

/**
 * Records a change of units by a legal act (sắp xếp đơn vị hành chính), as {@code POST /api/units/changes} does:
 * merge, split, rename, reclassification or dissolution. "Preview" shows first, unit by unit, how many households
 * and how many on the poverty list would move and into which unit ({@link UnitMoves}); only then is there a button
 * to confirm, and it sends the change previewed: a form changed since its preview is previewed again, not sent.
 */
@Controller
public class UnitChangePage {

    /**
     * The form as typed: {@code villages} one per line; {@code previewed} the fingerprint of the change last previewed;
     * {@code action} the button pressed, {@code preview} or {@code save}.
     */
    public record ChangeForm(String kind, String effectiveOn, String reference, List<String> from, String into, String name,
                             String communeKind, String area, String provinceCode, String villages, String previewed,
                             String action) {

        public ChangeForm {
            from = from == null ? List.of() : from;
        }
    }

    private final AdminWrites api;
    private final UnitMoves moves;
    private final ReferenceReads reference;
    private final Submission submission;
    private final Formats fmt;

    public UnitChangePage(AdminWrites api, UnitMoves moves, ReferenceReads reference, Submission submission, Formats fmt) {
        this.api = api;
        this.moves = moves;
        this.reference = reference;
        this.submission = submission;
        this.fmt = fmt;
    }

    @GetMapping("/admin/units/changes/new")
    public String form(Model model) {
        ChangeForm empty = new ChangeForm(UnitChangeKind.MERGE.name(), null, null, null, null, null, null, null, null, null,
                null, null);
        return show(model, empty, new FormErrors(), null, null);
    }

    @PostMapping("/admin/units/changes")
    public String submit(@ModelAttribute ChangeForm form, Model model, RedirectAttributes redirect) {
        FormErrors errors = new FormErrors();
        UnitChangeRequest change = request(form, errors);
        submission.validate(change, errors);
        fieldsOfLists(change, errors);
        if ((change.kind() == UnitChangeKind.MERGE || change.kind() == UnitChangeKind.SPLIT) && change.into() == null) {
            errors.add("into", fmt.message("admin.unitChange.intoMissing"));
        }
        String fingerprint = fingerprint(change);
        if (!errors.isEmpty()) {
            return show(model, form, errors, null, null);
        }
        if (!"save".equals(form.action()) || !fingerprint.equals(form.previewed())) {
            return show(model, form, errors, moves.of(change), fingerprint);
        }
        UnitChangeAnswer recorded = submission.send(change, errors, () -> api.changeUnits(change));
        fieldsOfLists(change, errors);
        if (recorded == null) {
            return show(model, form, errors, null, null);
        }
        redirect.addFlashAttribute("notice", fmt.message("admin.unitChange.recorded", fmt.label("unitChange", change.kind()),
                change.reference(), fmt.date(change.effectiveOn())));
        return "redirect:/admin/units?on=" + fmt.date(change.effectiveOn());
    }

    private UnitChangeRequest request(ChangeForm form, FormErrors errors) {
        FormInput input = new FormInput(errors, fmt);
        List<String> villages = form.villages() == null ? null : Arrays.stream(form.villages().split("\\R"))
                .map(FormInput::text).filter(v -> v != null).toList();
        return new UnitChangeRequest(null, input.code(UnitChangeKind.class, "kind", form.kind()),
                input.date("effectiveOn", form.effectiveOn()), FormInput.text(form.reference()), form.from(),
                FormInput.text(form.into()), FormInput.text(form.name()), input.code(CommuneKind.class, "communeKind", form.communeKind()),
                input.code(Area.class, "area", form.area()), FormInput.text(form.provinceCode()),
                villages == null || villages.isEmpty() ? null : villages);
    }

    /** A refusal of one unit or village of a list ({@code from[1]}) is shown beside the list, where it was chosen. */
    private static void fieldsOfLists(UnitChangeRequest change, FormErrors errors) {
        for (int i = 0; i < change.from().size(); i++) {
            errors.move("from[" + i + "]", "from");
        }
        for (int i = 0; change.villages() != null && i < change.villages().size(); i++) {
            errors.move("villages[" + i + "]", "villages");
        }
    }

    /** The same change typed again has the same fingerprint; any other does not. */
    private static String fingerprint(UnitChangeRequest change) {
        return UUID.nameUUIDFromBytes(change.toString().getBytes(StandardCharsets.UTF_8)).toString();
    }

    private String show(Model model, ChangeForm form, FormErrors errors, List<UnitMoves.Move> preview, String fingerprint) {
        // Every unit registered, as the query side lists it now: a unit registered a moment ago for this change included.
        List<CommuneItem> units = reference.communes().items();
        Map<String, String> names = units.stream().collect(Collectors.toMap(CommuneItem::code, CommuneItem::name));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("communes", units);
        model.addAttribute("kinds", UnitChangeKind.values());
        model.addAttribute("communeKinds", CommuneKind.values());
        model.addAttribute("areas", Area.values());
        model.addAttribute("fingerprint", fingerprint);
        if (preview != null) {
            Table.Builder table = Table.builder("moves", fmt.message("admin.unitChange.moves"))
                    .columns(Column.text(fmt.message("admin.unitChange.unit")), Column.number(fmt.message("admin.unitChange.households")),
                            Column.number(fmt.message("admin.unitChange.listed")), Column.text(fmt.message("admin.unitChange.into")));
            for (UnitMoves.Move move : preview) {
                table.row(null, names.getOrDefault(move.unit(), move.unit()), move.households(), move.listed(),
                        move.into() == null ? fmt.message("admin.unitChange.stays") : names.getOrDefault(move.into(), move.into()));
            }
            model.addAttribute("preview", table.build());
        }
        return "admin/unit-change";
    }
}
