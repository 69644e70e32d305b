package vn.householdledger.web.imports;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.householdledger.api.imports.ImportColumn;
import vn.householdledger.api.imports.ImportOutcome;
import vn.householdledger.api.imports.ImportState;
import vn.householdledger.api.imports.ImportView;
import vn.householdledger.web.Communes;
import vn.householdledger.web.Formats;
import vn.householdledger.web.SignedIn;
import vn.householdledger.web.form.FormErrors;
import vn.householdledger.web.form.Submission;
import vn.householdledger.web.ledger.ApiProblem;
import vn.householdledger.web.ledger.Downloads;
import vn.householdledger.web.ledger.ImportClient;

/**
 * Brings a commune's list in, as {@code POST /api/imports} does: the form (file, commune, try first or for
 * real) with the table's columns explained, the import's page (its progress while it runs, refreshed every
 * few seconds; then its counts, the refused households with why, the refused rows to download and mend,
 * and after a dry run the button that imports the same file for real), and the refused rows' download.
 */
@Controller
public class ImportPages {

    /** How many refused households the import's page lists; the download has them all. */
    static final int REFUSED_SHOWN = 100;

    private final ImportClient imports;
    private final KeptFiles kept;
    private final Submission submission;
    private final Communes communes;
    private final Formats fmt;

    public ImportPages(ImportClient imports, KeptFiles kept, Submission submission, Communes communes, Formats fmt) {
        this.imports = imports;
        this.kept = kept;
        this.submission = submission;
        this.communes = communes;
        this.fmt = fmt;
    }

    @GetMapping("/imports")
    public String form(@RequestParam(required = false) String commune, Model model) {
        return show(model, commune, new FormErrors());
    }

    @PostMapping("/imports")
    public String start(@RequestParam(required = false) MultipartFile file, @RequestParam(required = false) String communeCode,
                        @RequestParam(defaultValue = "true") boolean dryRun, Model model, RedirectAttributes redirect) {
        FormErrors errors = new FormErrors();
        if (communeCode == null || communeCode.isBlank()) {
            errors.add("communeCode", fmt.message("imports.chooseCommune"));
        }
        if (file == null || file.isEmpty()) {
            errors.add("file", fmt.message("imports.chooseFile"));
        }
        if (!errors.isEmpty()) {
            return show(model, communeCode, errors);
        }
        KeptFiles.Kept upload = kept.keep(SignedIn.current().username(), communeCode, file);
        try {
            UUID importId = imports.start(upload.resource(), communeCode, Boolean.toString(dryRun)).importId();
            if (dryRun) {
                kept.of(importId, upload);
            } else {
                kept.delete(upload);
            }
            return "redirect:/imports/" + importId;
        } catch (ApiProblem refused) {
            kept.delete(upload);
            submission.refuse(refused, errors);
            return show(model, communeCode, errors);
        }
    }

    /** Imports for real the file a dry run tried, kept since; once sent it is forgotten. */
    @PostMapping("/imports/{importId}/for-real")
    public String forReal(@PathVariable UUID importId, RedirectAttributes redirect) {
        KeptFiles.Kept file = kept.find(importId, SignedIn.current().username()).orElse(null);
        if (file == null) {
            redirect.addFlashAttribute("notice", fmt.message("imports.fileGone"));
            return "redirect:/imports?commune=" + imports.view(importId).communeCode();
        }
        UUID real = imports.start(file.resource(), file.communeCode(), "false").importId();
        kept.forget(importId);
        return "redirect:/imports/" + real;
    }

    @GetMapping("/imports/{importId}")
    public String show(@PathVariable UUID importId, Model model) {
        ImportView run = imports.view(importId);
        model.addAttribute("run", run);
        model.addAttribute("running", run.state() == ImportState.RUNNING);
        model.addAttribute("communeName", communes.names().getOrDefault(run.communeCode(), run.communeCode()));
        model.addAttribute("refused", run.state() == ImportState.RUNNING || run.refused() == 0 ? List.of()
                : imports.households(importId, ImportOutcome.REFUSED, REFUSED_SHOWN).items());
        model.addAttribute("canImportForReal", run.dryRun() && run.state() == ImportState.DONE && run.accepted() > 0
                && kept.find(importId, SignedIn.current().username()).isPresent());
        return "imports/show";
    }

    @GetMapping("/imports/{importId}/refused")
    public ResponseEntity<byte[]> refused(@PathVariable UUID importId, @RequestParam(defaultValue = "xlsx") String format) {
        return Downloads.passOn(imports.refused(importId, "csv".equals(format) ? "csv" : "xlsx"), "bi-tu-choi." + format);
    }

    private String show(Model model, String commune, FormErrors errors) {
        model.addAttribute("errors", errors);
        model.addAttribute("communes", communes.writable());
        model.addAttribute("commune", commune);
        model.addAttribute("columns", Arrays.asList(ImportColumn.values()));
        return "imports/form";
    }
}
