package vn.householdledger.web.admin;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.householdledger.api.admin.DeadLetterRetry;
import vn.householdledger.api.admin.ProjectionState;
import vn.householdledger.api.admin.ProjectionStatus;
import vn.householdledger.web.Formats;
import vn.householdledger.web.SignedIn;
import vn.householdledger.web.ledger.ProjectionAdmin;

/**
 * The read models (projections) for admins: each one's state, how far it lags behind the event store's
 * head, what it has missed and its dead letters; a rebuild of one or all from the event store, and the
 * dead letters of one retried. The page refreshes itself while a rebuild runs.
 */
@Controller
public class ProjectionsPage {

    private static final Logger log = LoggerFactory.getLogger(ProjectionsPage.class);

    private final ProjectionAdmin api;
    private final Formats fmt;

    public ProjectionsPage(ProjectionAdmin api, Formats fmt) {
        this.api = api;
        this.fmt = fmt;
    }

    @GetMapping("/admin/projections")
    public String projections(Model model) {
        List<ProjectionStatus> all = api.projections();
        model.addAttribute("projections", all);
        model.addAttribute("rebuilding", all.stream().anyMatch(p -> p.state() == ProjectionState.REBUILDING));
        return "admin/projections";
    }

    @PostMapping("/admin/projections/rebuild")
    public String rebuildAll(RedirectAttributes redirect) {
        List<String> started = api.rebuildAll().getOrDefault("rebuilding", List.of());
        log.info("{} started a rebuild of every read model from the pages: {}", SignedIn.current().username(), started);
        redirect.addFlashAttribute("notice", fmt.message("admin.projections.rebuilding", String.join(", ", started)));
        return "redirect:/admin/projections";
    }

    @PostMapping("/admin/projections/{name}/rebuild")
    public String rebuild(@PathVariable String name, RedirectAttributes redirect) {
        List<String> started = api.rebuild(name).getOrDefault("rebuilding", List.of());
        log.info("{} started a rebuild of {} from the pages", SignedIn.current().username(), started);
        redirect.addFlashAttribute("notice", fmt.message("admin.projections.rebuilding", String.join(", ", started)));
        return "redirect:/admin/projections";
    }

    @PostMapping("/admin/projections/{name}/dead-letters/retry")
    public String retry(@PathVariable String name, RedirectAttributes redirect) {
        DeadLetterRetry retry = api.retryDeadLetters(name);
        redirect.addFlashAttribute("notice", fmt.message("admin.projections.retried", retry.name(),
                fmt.number(retry.retried()), fmt.number(retry.remaining())));
        return "redirect:/admin/projections";
    }
}
